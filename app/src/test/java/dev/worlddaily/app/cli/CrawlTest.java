package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.web.WebApp;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polling feeds into a real data directory from a real server on 127.0.0.1: identity,
 * revisions, near-duplicates, feed health, scheduling, graceful stop and restart. The outlets
 * and stories are fictional.
 */
class CrawlTest {
  static final Outlet LANTERN = new Outlet("Lantern Post", "lanternpost.example", "NZ", "en", "center", "private");
  static final Outlet WIRE = new Outlet("Meridian Wire", "meridianwire.example", "GB", "en", "center", "private");
  static final Outlet LEDGER = new Outlet("Harbour Ledger", "harbourledger.example", "IE", "en", "center-left", "private");

  @TempDir Path data;
  HttpServer server;
  final Map<String, String> pages = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final AtomicInteger notModified = new AtomicInteger();
  /** When set, requests for this path wait for the latch (a poll kept in flight). */
  volatile String holdPath;
  final CountDownLatch held = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      try (ex) {
        if (path.equals(holdPath)) {
          held.countDown();
          release.await(10, TimeUnit.SECONDS);
        }
        if (path.equals("/busy.xml")) {
          ex.getResponseHeaders().set("Retry-After", "7200");
          ex.sendResponseHeaders(429, -1);
          return;
        }
        String body = pages.get(path);
        if (body == null) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          notModified.incrementAndGet();
          ex.sendResponseHeaders(304, -1);
          return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The URL under another host name of this server ("localhost"). */
  String other(String path) {
    return url(path).replace("127.0.0.1", "localhost");
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  static String page(String domain, String title, String body) {
    return "<html><head><title>" + title + "</title><link rel=canonical href=\"https://" + domain + "/" + Math.abs(title.hashCode()) + "\"></head><body><article><h1>"
        + title + "</h1><p>" + body + "</p><p>Officials said the harbour would reopen once inspections were complete and the cranes were certified again.</p></article></body></html>";
  }

  static String page(String title, String body) {
    return page("lanternpost.example", title, body);
  }

  /** An RSS feed; each item is a link and its publication time. */
  static String feed(Object... linksAndDates) {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 0; i < linksAndDates.length; i += 2) {
      sb.append("<item><title>x</title><link>").append(linksAndDates[i]).append("</link><pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(((Instant) linksAndDates[i + 1]).atOffset(ZoneOffset.UTC))).append("</pubDate></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  Engine engine(String... settings) {
    CommonOptions common = new CommonOptions();
    common.data = data;
    common.quiet = true;
    common.overrides.put("ingest.allowPrivateAddresses", "true");
    common.overrides.put("ingest.minDelay", "0s");
    for (int i = 0; i < settings.length; i += 2) {
      common.overrides.put(settings[i], settings[i + 1]);
    }
    return Engine.open(common, Console.system(true));
  }

  static FeedHealth due(FeedHealth h) {
    return new FeedHealth(h.feedId(), h.lastAttempt(), h.lastSuccess(), h.lastError(), h.lastErrorMessage(),
        h.consecutiveFailures(), h.itemsPerDay(), h.etag(), h.lastModified(), Instant.EPOCH);
  }

  static void makeDue(Engine engine, Feed... feeds) {
    for (Feed f : feeds) {
      engine.store().saveFeedHealth(due(engine.store().feedHealth(f.id()).orElseThrow()));
    }
  }

  Article stored(Engine engine, String domain, String title) {
    return engine.store().articlesOf(domain, 50).stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void theSameItemInTwoFeedsIsStoredOnceAndAnUpdateBecomesARevision() {
    Instant t = Instant.now().minus(Duration.ofHours(2));
    pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/a2", page("Ferry resumes", "The night ferry to Skerrin Island resumed service on Monday after repairs to its engine."));
    pages.put("/one.xml", feed(url("/a1"), t, url("/a2"), t));
    pages.put("/two.xml", feed(url("/a1?utm_source=two"), t));
    try (Engine engine = engine()) {
      Feed one = Feed.of(url("/one.xml"), LANTERN);
      Feed two = Feed.of(url("/two.xml"), LANTERN);
      engine.store().saveFeed(one);
      engine.store().saveFeed(two);
      CrawlLoop loop = new CrawlLoop(engine);
      assertThat(loop.pollDue()).isEqualTo(2);
      assertThat(engine.store().articleCount()).as("a1 through two feeds and two URLs is one article").isEqualTo(2);

      FeedHealth health = engine.store().feedHealth(one.id()).orElseThrow();
      assertThat(health.lastSuccess()).isNotNull();
      assertThat(health.etag()).isNotNull();
      assertThat(health.nextPoll()).isAfter(health.lastSuccess().plus(PollSchedule.MIN_INTERVAL.multipliedBy(9).dividedBy(10)));
      assertThat(loop.pollDue()).as("nothing is due yet").isZero();

      // The article changes and its feed says so with a newer date; the other feed is unchanged.
      pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers and a final vote."));
      pages.put("/one.xml", feed(url("/a1"), t.plus(Duration.ofMinutes(30)), url("/a2"), t));
      makeDue(engine, one, two);
      int a2Before = hits("/a2");
      assertThat(loop.pollDue()).isEqualTo(2);
      String id = stored(engine, "lanternpost.example", "Harbour reopens").id();
      assertThat(engine.store().revisions(id)).as("revision 2 of the same article").hasSize(2);
      assertThat(engine.store().articleCount()).isEqualTo(2);
      assertThat(hits("/a2")).as("an unchanged known item is not fetched again").isEqualTo(a2Before);
      assertThat(notModified.get()).as("the unchanged feed cost a 304").isEqualTo(1);
      assertThat(engine.store().feedHealth(two.id()).orElseThrow().consecutiveFailures()).isZero();
    }
  }

  @Test
  void theSameContentUnderAnotherUrlIsStoredOnce() {
    Instant t = Instant.now().minus(Duration.ofHours(1));
    String text = "The tide gauge at Port Alder recorded its highest level in forty years on Monday night, the harbour master said.";
    pages.put("/tide", page("Record tide", text));
    pages.put("/print/tide", "<html><head><title>Record tide</title></head><body><article><h1>Record tide</h1><p>" + text
        + "</p><p>Officials said the harbour would reopen once inspections were complete and the cranes were certified again.</p></article></body></html>");
    pages.put("/feed.xml", feed(url("/tide"), t, url("/print/tide"), t));
    try (Engine engine = engine()) {
      engine.store().saveFeed(Feed.of(url("/feed.xml"), LANTERN));
      new CrawlLoop(engine).pollDue();
      assertThat(engine.store().articleCount()).isEqualTo(1);
    }
  }

  @Test
  void aBrokenFeedIsRecordedForThatSourceWhileTheOthersAreStored() {
    pages.put("/broken.xml", "<rss version=\"2.0\"><channel><title>oops</channel>");
    pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/good.xml", feed(url("/a1"), Instant.now()));
    try (Engine engine = engine()) {
      Feed broken = Feed.of(url("/broken.xml"), LANTERN);
      Feed good = Feed.of(url("/good.xml"), LANTERN);
      engine.store().saveFeed(broken);
      engine.store().saveFeed(good);
      assertThat(new CrawlLoop(engine).pollDue()).isEqualTo(2);
      FeedHealth h = engine.store().feedHealth(broken.id()).orElseThrow();
      assertThat(h.consecutiveFailures()).isEqualTo(1);
      assertThat(h.lastErrorMessage()).contains("not a readable feed").doesNotContain("\n");
      assertThat(engine.store().feedHealth(good.id()).orElseThrow().consecutiveFailures()).isZero();
      assertThat(engine.store().articleCount()).isEqualTo(1);
    }
  }

  @Test
  void aFailingFeedIsRecordedAndBacksOffNoSoonerThanItsRetryAfter() {
    try (Engine engine = engine()) {
      Feed missing = Feed.of(url("/missing.xml"), Outlet.ofDomain("lanternpost.example"));
      // Another host name for the same server: a 429 pauses the whole host that sent it.
      Feed busy = Feed.of(url("/busy.xml").replace("127.0.0.1", "localhost"), Outlet.ofDomain("lanternpost.example"));
      engine.store().saveFeed(missing);
      engine.store().saveFeed(busy);
      new CrawlLoop(engine).pollDue();
      FeedHealth h = engine.store().feedHealth(missing.id()).orElseThrow();
      assertThat(h.consecutiveFailures()).isEqualTo(1);
      assertThat(h.lastErrorMessage()).contains("HTTP 404");
      assertThat(h.nextPoll()).isAfter(h.lastError().plus(PollSchedule.MIN_INTERVAL));
      FeedHealth b = engine.store().feedHealth(busy.id()).orElseThrow();
      assertThat(b.lastErrorMessage()).contains("HTTP 429");
      assertThat(b.nextPoll()).isAfterOrEqualTo(b.lastError().plusSeconds(7200));
      assertThat(hits("/busy.xml")).as("a Retry-After beyond the limit is not waited out by retrying").isEqualTo(1);
    }
  }

  @Test
  void aStopLetsThePollInFlightFinishAndARestartResumesWithoutFetchingEverythingAgain() throws Exception {
    Instant t = Instant.now().minus(Duration.ofHours(1));
    pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/a2", page("Ferry resumes", "The night ferry to Skerrin Island resumed service on Monday after repairs to its engine."));
    pages.put("/a3", page("Cranes certified", "Inspectors certified the last two cranes of the container terminal in Port Alder on Tuesday."));
    pages.put("/f1.xml", feed(url("/a1"), t));
    pages.put("/f2.xml", feed(url("/a2"), t));
    pages.put("/f3.xml", feed(url("/a3"), t));
    holdPath = "/a1";
    Feed f1 = Feed.of(url("/f1.xml"), LANTERN);
    Feed f2 = Feed.of(url("/f2.xml"), LANTERN);
    Feed f3 = Feed.of(url("/f3.xml"), LANTERN);
    try (Engine engine = engine("pipeline.crawlPolls", "1")) {
      engine.store().saveFeed(f1);
      engine.store().saveFeed(f2);
      engine.store().saveFeed(f3);
      CrawlLoop loop = new CrawlLoop(engine);
      int[] polled = {-1};
      Thread run = new Thread(() -> polled[0] = loop.pollDue());
      run.start();
      assertThat(held.await(10, TimeUnit.SECONDS)).as("the first poll is in flight").isTrue();
      loop.stop();
      release.countDown();
      run.join(30_000);
      assertThat(polled[0]).as("the poll in flight finished; no other started").isEqualTo(1);
      assertThat(engine.store().articleCount()).isEqualTo(1);
      assertThat(engine.store().feedHealth(f1.id())).get().satisfies(h -> assertThat(h.lastSuccess()).isNotNull());
      assertThat(engine.store().feedHealth(f2.id())).isEmpty();
    }
    assertThat(hits("/f2.xml") + hits("/f3.xml")).isZero();
    try (Engine restarted = engine()) {
      CrawlLoop loop = new CrawlLoop(restarted);
      assertThat(loop.pollDue()).as("only the feeds never polled are due").isEqualTo(2);
      assertThat(restarted.store().articleCount()).isEqualTo(3);
      assertThat(hits("/f1.xml")).isEqualTo(1);
      // f1 changes (a new item) and is made due: only the new item is fetched, not the known one.
      pages.put("/a4", page("Tide record", "The tide gauge at Port Alder recorded its highest level in forty years on Monday night."));
      pages.put("/f1.xml", feed(url("/a4"), Instant.now(), url("/a1"), t));
      makeDue(restarted, f1);
      assertThat(loop.pollDue()).isEqualTo(1);
      assertThat(hits("/a1")).isEqualTo(1);
      assertThat(hits("/a4")).isEqualTo(1);
      assertThat(restarted.store().articleCount()).isEqualTo(4);
    }
  }

  @Test
  void anArticleReachesItsStoryWhileTheRestOfItsFeedIsStillBeingRead() throws Exception {
    Instant t = Instant.now().minus(Duration.ofHours(1));
    pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/a2", page("Ferry resumes", "The night ferry to Skerrin Island resumed service on Monday after repairs to its engine."));
    pages.put("/f1.xml", feed(url("/a1"), t, url("/a2"), t.minusSeconds(60)));
    holdPath = "/a2";
    Feed f1 = Feed.of(url("/f1.xml"), LANTERN);
    try (Engine engine = engine("pipeline.crawlPolls", "1", "ingest.perHostConcurrency", "1", "pipeline.batchDelay", "100ms")) {
      engine.store().saveFeed(f1);
      CrawlLoop loop = new CrawlLoop(engine);
      Thread run = new Thread(loop::pollDue);
      run.start();
      assertThat(held.await(10, TimeUnit.SECONDS)).as("the second item is being fetched").isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (engine.store().articleCount() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Article first = stored(engine, LANTERN.domain(), "Harbour reopens");
      assertThat(engine.store().storyIdOf(first.id())).as("the first article has its story already").isPresent();
      assertThat(engine.store().feedHealth(f1.id())).as("the feed's health waits for all its articles").isEmpty();
      release.countDown();
      run.join(30_000);
      assertThat(engine.store().articleCount()).isEqualTo(2);
      assertThat(engine.store().feedHealth(f1.id())).get().satisfies(h -> assertThat(h.lastSuccess()).isNotNull());
    }
  }

  /** Waits up to 20 s for the condition; returns whether it held. */
  static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  @Test
  void theRunningCrawlPollsEachFeedWhenDueWithoutWaitingForSlowFeedsOrRounds() throws Exception {
    Instant t = Instant.now().minus(Duration.ofHours(1));
    pages.put("/slow/a", page("Ferry resumes", "The night ferry to Skerrin Island resumed service on Monday after repairs to its engine."));
    pages.put("/slow.xml", feed(url("/slow/a"), t));
    pages.put("/fast/a", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/fast.xml", feed(other("/fast/a"), t));
    holdPath = "/slow/a";
    // The other feeds on another host name for the same server: the held request occupies its host.
    Feed slow = Feed.of(url("/slow.xml"), LANTERN);
    Feed everySecond = Feed.of(other("/fast.xml"), LANTERN);
    Feed fast = new Feed(everySecond.id(), everySecond.url(), everySecond.title(), everySecond.outlet(), everySecond.kind(), Duration.ofSeconds(1), true);
    try (Engine engine = engine("pipeline.batchDelay", "100ms")) {
      engine.store().saveFeed(slow);
      engine.store().saveFeed(fast);
      CrawlLoop loop = new CrawlLoop(engine);
      Thread run = new Thread(loop::run, "test-crawl");
      run.start();
      try {
        assertThat(held.await(10, TimeUnit.SECONDS)).as("the slow feed's item is being fetched").isTrue();
        assertThat(eventually(() -> engine.store().feedHealth(fast.id()).isPresent())).as("the fast feed is through while the slow one is read").isTrue();

        // A new item in the fast feed is read on its next poll, a second later, not after a round.
        pages.put("/fast/b", page("Cranes certified", "Inspectors certified the last two cranes of the container terminal in Port Alder on Tuesday."));
        pages.put("/fast.xml", feed(other("/fast/b"), Instant.now(), other("/fast/a"), t));
        assertThat(eventually(() -> engine.store().articleCount() == 2)).as("the fast feed's new item is stored").isTrue();
        String cranes = stored(engine, LANTERN.domain(), "Cranes certified").id();
        assertThat(eventually(() -> engine.store().storyIdOf(cranes).isPresent())).isTrue();

        // A source added while the crawl runs is polled without a restart.
        pages.put("/late/a", page("Tide record", "The tide gauge at Port Alder recorded its highest level in forty years on Monday night."));
        pages.put("/late.xml", feed(other("/late/a"), t));
        engine.store().saveFeed(Feed.of(other("/late.xml"), LANTERN));
        assertThat(eventually(() -> engine.store().articleCount() == 3)).as("the added source is polled").isTrue();

        assertThat(engine.store().feedHealth(slow.id())).as("still in flight: its health waits for its article").isEmpty();
        assertThat(hits("/slow.xml")).as("a feed in flight is not polled again").isEqualTo(1);
        assertThat(hits("/fast.xml")).isGreaterThanOrEqualTo(2);
      } finally {
        release.countDown();
        loop.stop();
        run.join(30_000);
      }
      assertThat(run.isAlive()).as("stop ends the crawl").isFalse();
      assertThat(engine.store().articleCount()).isEqualTo(4);
      assertThat(engine.store().feedHealth(slow.id())).get().satisfies(h -> assertThat(h.lastSuccess()).isNotNull());
      assertThat(hits("/slow/a")).isEqualTo(1);
    }
  }

  @Test
  void aWireCopyIsLinkedToItsOriginalStoredExposedAndCountedOnce() throws Exception {
    String wire = "PORT ALDER (Meridian Wire) - Dock workers in Port Alder voted on Monday to accept a new three-year contract "
        + "that raises wages by 4 percent a year, ending a strike that had idled the container terminal for eleven days. "
        + "The union said 812 of its 1,050 members took part in the ballot and that 71 percent backed the deal. "
        + "Shipping lines said the first vessels would berth on Tuesday morning and that the backlog would take two weeks to clear.";
    String reprint = wire.replace("PORT ALDER (Meridian Wire) - ", "").replace("two weeks", "about two weeks");
    Instant t = Instant.now().minus(Duration.ofHours(3));
    pages.put("/wire/dock", page("meridianwire.example", "Port Alder dock workers accept contract", wire));
    pages.put("/ledger/dock", page("harbourledger.example", "Dock strike ends in Port Alder", reprint));
    pages.put("/wire.xml", feed(url("/wire/dock"), t));
    pages.put("/ledger.xml", feed(url("/ledger/dock"), t.plus(Duration.ofHours(1))));
    try (Engine engine = engine()) {
      engine.store().saveFeed(Feed.of(url("/wire.xml"), WIRE));
      engine.store().saveFeed(Feed.of(url("/ledger.xml"), LEDGER));
      new CrawlLoop(engine).pollDue();
      Article original = stored(engine, "meridianwire.example", "Port Alder dock workers accept contract");
      Article copy = stored(engine, "harbourledger.example", "Dock strike ends in Port Alder");
      assertThat(copy.duplicateOf()).isEqualTo(original.id());
      assertThat(original.duplicateOf()).isNull();

      String story = engine.store().storyIdOf(copy.id()).orElseThrow();
      assertThat(engine.store().storyIdOf(original.id())).contains(story);
      Story s = engine.store().story(story).orElseThrow();
      assertThat(s.coverage().articles()).isEqualTo(2);
      assertThat(s.coverage().outlets()).as("a wire copy is not an independent outlet").isEqualTo(1);

      WebApp web = Serving.start(engine, "127.0.0.1", 0, null);
      try {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/v1/articles/" + copy.id())).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"duplicateOf\":\"" + original.id() + "\"");
      } finally {
        web.stop();
      }
    }
  }

  @Test
  void aConfiguredHomePageIsReplacedByTheFeedItAdvertises() {
    pages.put("/a1", page("Harbour reopens", "The harbour of Port Alder reopened on Monday after eleven days of strike by the dock workers."));
    pages.put("/news.xml", feed(url("/a1"), Instant.now()));
    pages.put("/home", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news.xml\"></head><body><nav>Home</nav></body></html>");
    try (Engine engine = engine()) {
      Feed home = Feed.of(url("/home"), LANTERN);
      engine.store().saveFeed(home);
      new CrawlLoop(engine).pollDue();
      assertThat(engine.store().articleCount()).isEqualTo(1);
      assertThat(engine.store().feed(home.id())).get().satisfies(f -> assertThat(f.url()).isEqualTo(url("/news.xml")));
    }
  }
}
