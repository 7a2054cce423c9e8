package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling feeds into a real data directory: identity, revisions and feed health. */
class CrawlTest {
  @TempDir Path data;
  HttpServer server;
  final Map<String, String> pages = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String body = pages.get(ex.getRequestURI().getPath());
      try (ex) {
        if (body == null) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", ex.getRequestURI().getPath().endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static String page(String title, String body) {
    return "<html><head><title>" + title + "</title><link rel=canonical href=\"https://lanternpost.example/" + title.hashCode() + "\"></head><body><article><h1>"
        + title + "</h1><p>" + body + "</p><p>Officials said the harbour would reopen once inspections were complete and the cranes were certified again.</p></article></body></html>";
  }

  static String feed(String... links) {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (String l : links) {
      sb.append("<item><title>x</title><link>").append(l).append("</link><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  Engine engine() {
    CommonOptions common = new CommonOptions();
    common.data = data;
    common.quiet = true;
    common.overrides.put("ingest.allowPrivateAddresses", "true");
    common.overrides.put("ingest.minDelay", "0s");
    return Engine.open(common, Console.system(true));
  }

  @Test
  void theSameItemInTwoFeedsIsStoredOnceAndAnUpdateBecomesARevision() {
    pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/a2", page("Ferry resumes", "The night ferry to Skerrin Island resumed service on Monday after repairs to its engine."));
    pages.put("/one.xml", feed(url("/a1"), url("/a2")));
    pages.put("/two.xml", feed(url("/a1")));
    try (Engine engine = engine()) {
      Outlet lantern = new Outlet("Lantern Post", "lanternpost.example", "NZ", "en", "center", "private");
      Feed one = Feed.of(url("/one.xml"), lantern);
      Feed two = Feed.of(url("/two.xml"), lantern);
      engine.store().saveFeed(one);
      engine.store().saveFeed(two);
      CrawlLoop loop = new CrawlLoop(engine);
      assertThat(loop.pollDue()).isEqualTo(2);
      assertThat(engine.store().articleCount()).isEqualTo(2);

      FeedHealth health = engine.store().feedHealth(one.id()).orElseThrow();
      assertThat(health.lastSuccess()).isNotNull();
      assertThat(health.etag()).isNotNull();
      assertThat(health.nextPoll()).isAfter(health.lastSuccess());
      assertThat(loop.pollDue()).as("nothing is due yet").isZero();

      // The page changes; the feed is polled again (made due), the article becomes revision 2.
      pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers and a final vote."));
      pages.put("/one.xml", feed(url("/a1"), url("/a2"), url("/a2")));
      engine.store().saveFeedHealth(due(engine.store().feedHealth(one.id()).orElseThrow()));
      engine.store().saveFeedHealth(due(engine.store().feedHealth(two.id()).orElseThrow()));
      assertThat(loop.pollDue()).isEqualTo(2);
      String id = engine.store().articleIdByContentHash(engine.store().articlesOf("lanternpost.example", 10).stream()
          .filter(a -> a.title().equals("Harbour reopens")).findFirst().orElseThrow().contentHash()).orElseThrow();
      assertThat(engine.store().revisions(id)).hasSize(2);
      assertThat(engine.store().articleCount()).isEqualTo(2);
      // The second feed did not change: it cost a 304 and kept its health.
      assertThat(engine.store().feedHealth(two.id()).orElseThrow().consecutiveFailures()).isZero();
    }
  }

  @Test
  void aFailingFeedIsRecordedAndBacksOff() {
    try (Engine engine = engine()) {
      Feed broken = Feed.of(url("/missing.xml"), Outlet.ofDomain("lanternpost.example"));
      engine.store().saveFeed(broken);
      new CrawlLoop(engine).pollDue();
      FeedHealth h = engine.store().feedHealth(broken.id()).orElseThrow();
      assertThat(h.consecutiveFailures()).isEqualTo(1);
      assertThat(h.lastErrorMessage()).contains("HTTP 404");
      assertThat(h.nextPoll()).isAfter(h.lastError().plusSeconds(60));
    }
  }

  private static FeedHealth due(FeedHealth h) {
    return new FeedHealth(h.feedId(), h.lastAttempt(), h.lastSuccess(), h.lastError(), h.lastErrorMessage(),
        h.consecutiveFailures(), h.itemsPerDay(), h.etag(), h.lastModified(), java.time.Instant.EPOCH);
  }
}
