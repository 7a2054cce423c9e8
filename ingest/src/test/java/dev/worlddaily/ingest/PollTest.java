package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polling a configured source with a crawl memory, against a real server on 127.0.0.1. */
class PollTest {
  static final Instant T0 = Instant.parse("2026-11-17T12:00:00Z");
  LoopbackServer server;
  HttpFetcher fetcher;
  Ingestor ingestor;
  final MovableClock clock = new MovableClock(T0);
  final Map<String, CrawlMemory.Seen> memory = new HashMap<>();
  final List<Outcome<Article>> outcomes = new ArrayList<>();
  final Outlet lantern = new Outlet("Lantern Post", "lanternpost.example", "NZ", "en", "center", null);

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    IngestConfig config = IngestConfig.defaults().withAllowPrivateAddresses(true).withMinDelay(Duration.ZERO)
        .withRevisits(Duration.ofHours(6), Duration.ofHours(24));
    fetcher = new HttpFetcher(config);
    ingestor = new Ingestor(config, fetcher, new DocumentExtractor(ExtractConfig.defaults()), clock);
    for (String p : List.of("a", "b", "c")) {
      server.page("/" + p, "text/html; charset=utf-8", IngestorTest.page("Story " + p, "Report " + p + " on the harbour works in Port Alder, written for this test."));
    }
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  static String rss(String... items) {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Lantern</title>");
    for (String i : items) {
      sb.append(i);
    }
    return sb.append("</channel></rss>").toString();
  }

  String item(String path, Instant date) {
    return "<item><title>" + path + "</title><link>" + server.url("/" + path) + "?utm_source=rss</link>"
        + (date == null ? "" : "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)) + "</pubDate>") + "</item>";
  }

  PollResult poll(String path) {
    outcomes.clear();
    PollResult r = ingestor.poll(Feed.of(server.url(path), lantern), null, null, url -> Optional.ofNullable(memory.get(url)), () -> false, outcomes::add);
    for (CrawledItem c : r.crawled()) {
      CrawlMemory.Seen before = memory.get(c.url());
      memory.put(c.url(), new CrawlMemory.Seen(before == null ? c.fetched() : before.firstFetched(), c.fetched(), c.itemTime()));
    }
    return r;
  }

  @Test
  void knownItemsAreFetchedAgainOnlyWhenTheirDateMovesOrARevisitIsDue() {
    Instant published = T0.minus(Duration.ofHours(1));
    server.page("/feed.xml", "application/rss+xml", rss(item("a", published), item("b", published)));
    PollResult first = poll("/feed.xml");
    assertThat(first.ok()).isTrue();
    assertThat(first.items()).isEqualTo(2);
    assertThat(first.crawled()).extracting(CrawledItem::url).as("remembered by canonical URL").containsExactly(server.url("/a"), server.url("/b"));

    server.page("/feed.xml", "application/rss+xml", rss(item("c", T0), item("a", published), item("b", published)));
    clock.now = T0.plus(Duration.ofMinutes(10));
    PollResult second = poll("/feed.xml");
    assertThat(second.items()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(List.of(server.hits("/a"), server.hits("/b"), server.hits("/c"))).containsExactly(1, 1, 1);

    server.page("/feed.xml", "application/rss+xml", rss(item("c", T0), item("a", T0.plus(Duration.ofMinutes(15))), item("b", published)));
    clock.now = T0.plus(Duration.ofMinutes(20));
    assertThat(poll("/feed.xml").items()).as("the feed says a changed").isEqualTo(1);
    assertThat(server.hits("/a")).isEqualTo(2);

    clock.now = T0.plus(Duration.ofHours(7));
    assertThat(poll("/feed.xml").items()).as("young items are revisited every 6 h").isEqualTo(3);
    clock.now = T0.plus(Duration.ofDays(3));
    assertThat(poll("/feed.xml").items()).as("old items are not revisited").isZero();
    assertThat(List.of(server.hits("/a"), server.hits("/b"), server.hits("/c"))).containsExactly(3, 2, 2);
  }

  @Test
  void aBrokenFeedFailsAsASourceWhileABrokenItemOnlyCountsAgainstIt() {
    server.page("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>oops</channel>");
    PollResult broken = poll("/broken.xml");
    assertThat(broken.ok()).isFalse();
    assertThat(broken.error()).contains("not a readable feed");

    server.page("/half.xml", "application/rss+xml", rss(item("a", T0), item("gone", T0)));
    PollResult half = poll("/half.xml");
    assertThat(half.ok()).isTrue();
    assertThat(half.items()).isEqualTo(1);
    assertThat(half.failedItems()).isEqualTo(1);
    assertThat(outcomes).filteredOn(o -> !o.isOk()).singleElement().satisfies(o -> assertThat(o.describe()).contains("HTTP 404"));
    assertThat(half.crawled()).as("a 404 is remembered, not fetched at every poll").hasSize(2);
  }

  @Test
  void anUnchangedFeedIsA304AndChangesNothing() {
    server.route("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        LoopbackServer.send(ex, 200, "application/rss+xml", rss(item("a", T0)).getBytes());
      }
    });
    PollResult first = ingestor.poll(Feed.of(server.url("/feed.xml"), lantern), null, null, CrawlMemory.NONE, () -> false, outcomes::add);
    assertThat(first.etag()).isEqualTo("\"v1\"");
    PollResult second = ingestor.poll(Feed.of(server.url("/feed.xml"), lantern), first.etag(), null, CrawlMemory.NONE, () -> false, outcomes::add);
    assertThat(second.notModified()).isTrue();
    assertThat(second.items()).isZero();
    assertThat(second.etag()).isEqualTo("\"v1\"");
    assertThat(server.hits("/a")).isEqualTo(1);
  }

  @Test
  void aConfiguredHomePageStandsForTheFeedItAdvertises() {
    server.page("/feed.xml", "application/rss+xml", rss(item("b", T0)));
    server.route("/", ex -> {
      ex.getResponseHeaders().set("ETag", "\"home\"");
      LoopbackServer.send(ex, 200, "text/html", ("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Comments\" href=\"/comments.xml\">"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body><article><p>"
          + "The front page of the Lantern Post carries a long welcome text about the harbour and its history. ".repeat(5) + "</p></article></body></html>").getBytes());
    });
    PollResult r = poll("/");
    assertThat(r.discoveredFeed()).isEqualTo(server.url("/feed.xml"));
    assertThat(r.etag()).as("the page's validators say nothing about the feed").isNull();
    assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.value().text()).contains("Report b"));
    assertThat(server.hits("/comments.xml")).isZero();
  }

  @Test
  void aStopRequestLeavesTheRestForLaterAndSaysTheResultIsIncomplete() {
    server.page("/feed.xml", "application/rss+xml", rss(item("a", T0), item("b", T0), item("c", T0)));
    PollResult r = ingestor.poll(Feed.of(server.url("/feed.xml"), lantern), null, null, CrawlMemory.NONE, () -> !outcomes.isEmpty(), outcomes::add);
    assertThat(r.ok()).isTrue();
    assertThat(r.complete()).isFalse();
    assertThat(r.items()).isEqualTo(1);
    assertThat(server.hits("/b") + server.hits("/c")).isZero();
  }

  @Test
  void thePublishingRateComesFromTheItemsDates() {
    List<Instant> everyFourHours = IntStream.range(0, 12).mapToObj(i -> T0.minus(Duration.ofHours(4L * i + 1))).toList();
    assertThat(Ingestor.publishedPerDay(everyFourHours, T0)).isBetween(5.5, 6.5);
    assertThat(Ingestor.publishedPerDay(List.of(T0.minus(Duration.ofDays(40))), T0)).isZero();
    assertThat(Ingestor.publishedPerDay(List.of(), T0)).isNaN();
  }

  @Test
  void revisitsFollowTheFeedDateThenTheIntervalWithinTheWindow() {
    Revisits revisits = new Revisits(Duration.ofHours(6), Duration.ofHours(24));
    CrawlMemory.Seen seen = new CrawlMemory.Seen(T0, T0, T0.minusSeconds(60));
    assertThat(revisits.due(seen, T0.minusSeconds(60), T0.plusSeconds(60))).isFalse();
    assertThat(revisits.due(seen, T0.plusSeconds(30), T0.plusSeconds(60))).as("newer feed date").isTrue();
    assertThat(revisits.due(seen, null, T0.plus(Duration.ofHours(6)))).isTrue();
    assertThat(revisits.due(seen, null, T0.plus(Duration.ofHours(25)))).isFalse();
  }
}
