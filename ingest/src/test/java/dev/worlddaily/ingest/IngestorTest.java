package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ingestion against a real HTTP server on 127.0.0.1 (loopback explicitly allowed). */
class IngestorTest {
  LoopbackServer server;
  HttpFetcher fetcher;
  Ingestor ingestor;
  final IngestConfig config = IngestConfig.defaults().withAllowPrivateAddresses(true).withMinDelay(Duration.ZERO);

  static String page(String title, String body) {
    return "<html><head><title>" + title + "</title><link rel=canonical href=\"https://lanternpost.example/news/" + title.hashCode() + "?utm_source=x#top\"></head><body><article><h1>" + title + "</h1>"
        + "<p>" + body + "</p><p>" + "The council met again on Tuesday evening to discuss the harbour repairs and the budget. ".repeat(3) + "</p></article></body></html>";
  }

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(config);
    ingestor = new Ingestor(config, fetcher, new DocumentExtractor(ExtractConfig.defaults()));
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  List<Outcome<Article>> ingest(String url) {
    List<Outcome<Article>> out = new ArrayList<>();
    ingestor.ingest(url, null, out::add, Progress.NONE);
    return out;
  }

  @Test
  void aTeaserFeedIsFetchedToFullText() {
    server.page("/a1", "text/html; charset=utf-8", page("Ferry resumes", "The night ferry to Skerrin Island resumed service on Monday after repairs."));
    server.page("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lantern</title><link>" + server.url("/") + "</link>"
        + "<item><title>Ferry resumes</title><link>" + server.url("/a1") + "</link><description>Short teaser.</description><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate></item>"
        + "</channel></rss>");
    List<Outcome<Article>> out = ingest(server.url("/feed.xml"));
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.isOk()).as(o.describe()).isTrue();
      assertThat(o.value().text()).contains("The night ferry to Skerrin Island resumed service on Monday");
      assertThat(o.value().canonicalUrl()).isEqualTo("https://lanternpost.example/news/" + "Ferry resumes".hashCode());
    });
    assertThat(server.hits("/a1")).isEqualTo(1);
  }

  @Test
  void aFullTextFeedNeedsNoPageFetch() {
    String content = "<p>" + "Dock workers in Port Alder voted to accept a new contract with a 4% raise. ".repeat(12) + "</p>";
    server.page("/atom.xml", "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>x</id><updated>2026-11-17T08:00:00Z</updated>"
        + "<entry><title>Dock deal</title><id>e1</id><link href=\"" + server.url("/dock") + "\"/><updated>2026-11-17T08:00:00Z</updated><author><name>Odile Venn</name></author>"
        + "<content type=\"html\"><![CDATA[" + content + "]]></content></entry></feed>");
    List<Outcome<Article>> out = ingest(server.url("/atom.xml"));
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.value().title()).isEqualTo("Dock deal");
      assertThat(o.value().authors()).containsExactly("Odile Venn");
      assertThat(o.value().published()).isNotNull();
    });
    assertThat(server.hits("/dock")).isZero();
  }

  @Test
  void unchangedFeedCostsA304() throws Exception {
    server.route("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        LoopbackServer.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>".getBytes());
      }
    });
    FetchResult first = fetcher.fetch(server.url("/feed.xml"), null, null);
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(fetcher.fetch(server.url("/feed.xml"), first.etag(), null).notModified()).isTrue();
  }

  @Test
  void robotsDisallowIsHonoured() {
    server.page("/private/x", "text/html", page("Secret", "Nothing to see here, this page is closed to crawlers by robots.txt."));
    assertThat(ingest(server.url("/private/x"))).singleElement().satisfies(o -> assertThat(o.describe()).contains("disallowed by robots.txt"));
    assertThat(server.hits("/private/x")).isZero();
  }

  @Test
  void retryAfterOn429IsHonoured() {
    int[] calls = {0};
    server.route("/busy", ex -> {
      if (calls[0]++ == 0) {
        ex.getResponseHeaders().set("Retry-After", "1");
        LoopbackServer.send(ex, 429, "text/plain", "slow down".getBytes());
      } else {
        LoopbackServer.send(ex, 200, "text/html", page("Busy day", "The market reopened after a long weekend of repairs and inspections.").getBytes(StandardCharsets.UTF_8));
      }
    });
    long start = System.nanoTime();
    assertThat(ingest(server.url("/busy"))).singleElement().satisfies(o -> assertThat(o.isOk()).as(o.describe()).isTrue());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void oversizeBodiesAndGzipBombsAreRefused() throws Exception {
    byte[] big = new byte[(int) config.maxBodyBytes() + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    server.route("/big", ex -> LoopbackServer.send(ex, 200, "text/html", big));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 25; i++) {
        gz.write(zeros);
      }
    }
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", zipped.toByteArray());
    });
    assertThat(ingest(server.url("/big"))).singleElement().satisfies(o -> assertThat(o.describe()).contains("exceeds the limit"));
    assertThat(ingest(server.url("/bomb"))).singleElement().satisfies(o -> assertThat(o.describe()).contains("decompressed body exceeds"));
  }

  @Test
  void xxeAndBrokenFeedsAreRecordedErrors() {
    server.page("/xxe.xml", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
    server.page("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>oops</channel>");
    assertThat(ingest(server.url("/xxe.xml"))).singleElement().satisfies(o -> assertThat(o.describe()).startsWith("failed").contains("DOCTYPE"));
    assertThat(ingest(server.url("/broken.xml"))).singleElement().satisfies(o -> assertThat(o.describe()).startsWith("failed"));
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowed() {
    try (HttpFetcher strict = new HttpFetcher(IngestConfig.defaults())) {
      for (String url : List.of(server.url("/x"), "http://169.254.169.254/latest/meta-data", "http://10.1.2.3/", "file:///etc/passwd", "javascript:alert(1)")) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.fetch(url, null, null)).isInstanceOf(FetchException.class)
            .hasMessageContaining(url.startsWith("http") ? "private or local address" : "only http and https");
      }
    }
  }

  @Test
  void redirectsAreFollowedAndLimited() {
    server.page("/final", "text/html", page("Arrived", "The train arrived in Port Alder two hours late because of the storm."));
    server.route("/hop", ex -> {
      ex.getResponseHeaders().set("Location", "/final");
      LoopbackServer.send(ex, 301, null, new byte[0]);
    });
    server.route("/loop", ex -> {
      ex.getResponseHeaders().set("Location", "/loop");
      LoopbackServer.send(ex, 302, null, new byte[0]);
    });
    assertThat(ingest(server.url("/hop"))).singleElement().satisfies(o -> assertThat(o.isOk()).isTrue());
    assertThat(ingest(server.url("/loop"))).singleElement().satisfies(o -> assertThat(o.describe()).contains("more than 5 redirects"));
  }
}
