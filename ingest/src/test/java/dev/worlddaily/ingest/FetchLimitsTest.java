package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Size limits, timeouts, redirects and address rules, against a real server on 127.0.0.1. */
class FetchLimitsTest {
  LoopbackServer server;
  HttpFetcher fetcher;
  final IngestConfig config = IngestConfig.defaults().withAllowPrivateAddresses(true).withMinDelay(Duration.ZERO);

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(config);
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.page("/ok", "text/html", "<html><body><p>fine</p></body></html>");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  static byte[] zeros(int megabytes, boolean gzip) throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream out = gzip ? new GZIPOutputStream(packed) : new DeflaterOutputStream(packed, new Deflater(9))) {
      byte[] mb = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        out.write(mb);
      }
    }
    return packed.toByteArray();
  }

  @Test
  void aBodyOverTheLimitIsCutWhetherOrNotItsLengthIsDeclared() {
    byte[] big = new byte[(int) config.maxBodyBytes() + 1];
    Arrays.fill(big, (byte) 'a');
    server.bytes("/declared", "text/html", big);
    server.route("/streamed", ex -> LoopbackServer.sendChunked(ex, "text/html", big));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/declared"), null, null)).hasMessageContaining("body of 5242881 bytes exceeds the limit");
    assertThatThrownBy(() -> fetcher.fetch(server.url("/streamed"), null, null)).hasMessageContaining("body exceeds the limit of 5242880 bytes");
    byte[] fits = Arrays.copyOf(big, (int) config.maxBodyBytes());
    server.route("/fits", ex -> LoopbackServer.sendChunked(ex, "text/html", fits));
    assertThat(catchFetch("/fits")).isNull();
  }

  String catchFetch(String path) {
    try {
      fetcher.fetch(server.url(path), null, null);
      return null;
    } catch (FetchException e) {
      return e.getMessage();
    }
  }

  @Test
  void gzipAndDeflateBombsAreRefusedAndNormalCompressionIsUndone() throws Exception {
    byte[] gzipBomb = zeros(25, true);
    byte[] deflateBomb = zeros(25, false);
    assertThat(gzipBomb.length).as("the bomb itself is small").isLessThan(100_000);
    for (String[] route : new String[][] {{"/gzip-bomb", "gzip"}, {"/deflate-bomb", "deflate"}}) {
      byte[] body = route[1].equals("gzip") ? gzipBomb : deflateBomb;
      server.route(route[0], ex -> {
        ex.getResponseHeaders().set("Content-Encoding", route[1]);
        LoopbackServer.send(ex, 200, "text/html", body);
      });
      assertThatThrownBy(() -> fetcher.fetch(server.url(route[0]), null, null)).hasMessageContaining("decompressed body exceeds the limit of 20971520 bytes");
    }
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(small)) {
      gz.write("<p>hello</p>".getBytes());
    }
    server.route("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", small.toByteArray());
    });
    assertThat(new String(fetchBody("/gz"))).isEqualTo("<p>hello</p>");
    server.route("/br", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "br");
      LoopbackServer.send(ex, 200, "text/html", new byte[] {1, 2, 3});
    });
    assertThat(catchFetch("/br")).contains("unsupported Content-Encoding: br");
  }

  byte[] fetchBody(String path) throws FetchException {
    return fetcher.fetch(server.url(path), null, null).body();
  }

  @Test
  void aServerThatDoesNotAnswerHitsTheReadTimeout() {
    server.route("/silent", ex -> {
      sleep(3000);
      LoopbackServer.send(ex, 200, "text/html", "late".getBytes());
    });
    try (HttpFetcher impatient = new HttpFetcher(config.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(10)))) {
      assertThatThrownBy(() -> impatient.fetch(server.url("/silent"), null, null)).isInstanceOf(FetchException.class)
          .hasMessageContaining("no response within the read timeout of 300 ms");
    }
  }

  @Test
  void aBodyThatTricklesHitsTheTotalTimeout() {
    server.route("/trickle", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 60; i++) {
          out.write('x');
          out.flush();
          sleep(50);
        }
      }
    });
    try (HttpFetcher impatient = new HttpFetcher(config.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(700)))) {
      assertThatThrownBy(() -> impatient.fetch(server.url("/trickle"), null, null)).isInstanceOf(FetchException.class)
          .hasMessageContaining("total timeout of 0 s exceeded");
    }
  }

  @Test
  void aServerThatNeverAcceptsHitsTheConnectTimeout() throws Exception {
    // A listening socket whose accept queue is full: the kernel drops further SYNs, so a connect hangs.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      List<Socket> fillers = new ArrayList<>();
      try {
        for (int i = 0; i < 16; i++) {
          Socket s = new Socket();
          try {
            s.connect(new InetSocketAddress("127.0.0.1", full.getLocalPort()), 200);
            fillers.add(s);
          } catch (java.io.IOException e) {
            s.close();
            break;
          }
        }
        try (HttpFetcher impatient = new HttpFetcher(config.withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(10)))) {
          assertThatThrownBy(() -> impatient.fetch("http://127.0.0.1:" + full.getLocalPort() + "/", null, null)).isInstanceOf(FetchException.class)
              .hasMessageContaining("connect timed out after 300 ms");
        }
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  @Test
  void fiveRedirectsAreFollowedASixthIsRefused() throws Exception {
    for (int i = 0; i < 6; i++) {
      server.redirect("/r" + i, i % 2 == 0 ? 301 : 307, "/r" + (i + 1));
    }
    server.page("/r6", "text/html", "<p>arrived</p>");
    server.redirect("/start5", 302, "/r2");
    FetchResult r = fetcher.fetch(server.url("/start5"), null, null);
    assertThat(r.url()).isEqualTo(server.url("/r6"));
    assertThat(catchFetch("/r0")).contains("more than 5 redirects");
  }

  @Test
  void everyRedirectHopIsCheckedAgainstSchemeRobotsAndAddresses() throws Exception {
    server.redirect("/to-file", 302, "file:///etc/passwd");
    server.redirect("/to-private", 302, "/private/secret");
    server.page("/private/secret", "text/html", "<p>secret</p>");
    assertThat(catchFetch("/to-file")).contains("only http and https");
    assertThat(catchFetch("/to-private")).contains("disallowed by robots.txt");
    assertThat(server.hits("/private/secret")).isZero();
    try (HttpFetcher strict = new HttpFetcher(IngestConfig.defaults().withAllowedHosts(List.of("127.0.0.1:" + server.port())))) {
      server.redirect("/to-metadata", 302, "http://169.254.169.254/latest/meta-data/");
      server.redirect("/to-other-port", 302, "http://127.0.0.1:1/");
      assertThat(strict.fetch(server.url("/ok"), null, null).status()).as("the allowed host itself").isEqualTo(200);
      assertThatThrownBy(() -> strict.fetch(server.url("/to-metadata"), null, null)).hasMessageContaining("private or local address");
      assertThatThrownBy(() -> strict.fetch(server.url("/to-other-port"), null, null)).hasMessageContaining("private or local address");
    }
  }

  @Test
  void loopbackPrivateAndLinkLocalAddressesAreRefusedInEveryNotation() {
    try (HttpFetcher strict = new HttpFetcher(IngestConfig.defaults())) {
      for (String url : List.of(server.url("/ok"), "http://localhost:" + server.port() + "/ok", "http://[::1]/", "http://0.0.0.0/",
          "http://2130706433/", "http://127.1/", "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest/meta-data", "http://10.1.2.3/",
          "http://192.168.0.1/", "http://172.16.5.4/", "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/")) {
        assertThatThrownBy(() -> strict.fetch(url, null, null)).as(url).isInstanceOf(FetchException.class)
            .satisfies(e -> assertThat(((FetchException) e).isPermanent()).isTrue())
            .message().containsAnyOf("private or local address", "unknown host", "URL has no host");
      }
      for (String url : List.of("file:///etc/passwd", "ftp://example.org/", "javascript:alert(1)", "gopher://127.0.0.1:11211/")) {
        assertThatThrownBy(() -> strict.fetch(url, null, null)).as(url).hasMessageContaining("only http and https");
      }
    }
    assertThat(server.hits("/ok")).isZero();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
