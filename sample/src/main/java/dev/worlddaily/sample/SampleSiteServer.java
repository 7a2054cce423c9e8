package dev.worlddaily.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the fictional sample outlets from 127.0.0.1, each under a path prefix
 * ({@code /harbourledger.example/...}): article pages, home pages, feeds, sitemaps, images, an
 * OPML list and robots.txt, with ETag/Last-Modified validators and 304 answers.
 */
public final class SampleSiteServer implements AutoCloseable {
  private static final String LAST_MODIFIED = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.parse("2026-11-19T23:00:00Z").atZone(ZoneOffset.UTC));

  private final SampleCorpus corpus;
  private final HttpServer server;
  private final ExecutorService executor;
  private final SampleSiteRenderer renderer;

  /** Starts serving on 127.0.0.1:{@code port} (0 = any free port). */
  public SampleSiteServer(SampleCorpus corpus, int port, long shiftWeeks) throws IOException {
    this.corpus = corpus;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "sample-site");
      t.setDaemon(true);
      return t;
    });
    this.renderer = new SampleSiteRenderer(corpus, shiftWeeks, "http://127.0.0.1:" + server.getAddress().getPort());
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<String> feedUrls() {
    return corpus.outlets().stream().map(o -> baseUrl() + o.feedPath()).toList();
  }

  public String opmlUrl() {
    return baseUrl() + "/opml.xml";
  }

  public SampleSiteRenderer renderer() {
    return renderer;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        send(ex, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<Response> r = route(ex.getRequestURI().getPath());
      if (r.isEmpty()) {
        send(ex, 404, "text/html; charset=utf-8", "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String etag = "\"" + hash(r.get().body()) + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))
          || ex.getRequestHeaders().getFirst("If-None-Match") == null && LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
        send(ex, 304, null, new byte[0]);
        return;
      }
      send(ex, 200, r.get().type(), r.get().body());
    } catch (RuntimeException e) {
      send(ex, 500, "text/plain", ("sample server error: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A body and its content type. */
  private record Response(String type, byte[] body) {
    static Response text(String type, String body) {
      return new Response(type, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Optional<Response> route(String path) throws IOException {
    if (path.equals("/robots.txt")) {
      return Optional.of(Response.text("text/plain; charset=utf-8", renderer.robots()));
    }
    if (path.equals("/opml.xml")) {
      return Optional.of(Response.text("text/x-opml; charset=utf-8", renderer.opml()));
    }
    String[] parts = path.replaceFirst("^/", "").split("/", 2);
    SampleOutlet outlet = corpus.outlets().stream().filter(o -> o.domain().equals(parts[0])).findFirst().orElse(null);
    if (outlet == null) {
      return Optional.empty();
    }
    String rest = parts.length > 1 ? parts[1] : "";
    if (rest.isEmpty()) {
      return Optional.of(Response.text("text/html; charset=utf-8", renderer.outletHome(outlet)));
    }
    if (rest.equals("feed.xml") && outlet.feedFormat().equals("rss")) {
      return Optional.of(Response.text("application/rss+xml; charset=utf-8", renderer.feed(outlet)));
    }
    if (rest.equals("atom.xml") && outlet.feedFormat().equals("atom")) {
      return Optional.of(Response.text("application/atom+xml; charset=utf-8", renderer.feed(outlet)));
    }
    if (rest.equals("sitemap.xml") || rest.equals("news-sitemap.xml")) {
      return Optional.of(Response.text("application/xml; charset=utf-8", renderer.sitemap(outlet, rest.startsWith("news"))));
    }
    if (rest.startsWith("images/") && rest.matches("images/[a-z0-9-]+\\.png")) {
      try {
        return Optional.of(new Response("image/png", SampleCorpus.bytes(rest)));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    for (SampleArticle a : corpus.articlesOf(outlet.domain())) {
      if (a.path().equals(rest)) {
        return Optional.of(Response.text("text/html; charset=utf-8", renderer.articlePage(a)));
      }
    }
    return Optional.empty();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
    if (body.length > 0 && !head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String hash(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
