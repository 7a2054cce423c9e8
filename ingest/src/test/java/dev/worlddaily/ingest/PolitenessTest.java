package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt, crawl-delay and concurrency limits, against real servers on loopback addresses. */
class PolitenessTest {
  final List<LoopbackServer> servers = new ArrayList<>();
  final IngestConfig config = IngestConfig.defaults().withAllowPrivateAddresses(true).withMinDelay(Duration.ZERO);

  LoopbackServer server(String address) throws Exception {
    LoopbackServer s = new LoopbackServer(address);
    servers.add(s);
    return s;
  }

  @AfterEach
  void stop() {
    servers.forEach(LoopbackServer::close);
  }

  /** Counts requests in flight on one server and across all of them, keeping the maxima. */
  static final class InFlight {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();

    void enter() {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    void leave() {
      now.decrementAndGet();
    }
  }

  @Test
  void oneRequestPerHostIsInFlightAndAtMostTheGlobalLimitOverall() throws Exception {
    InFlight global = new InFlight();
    List<InFlight> perHost = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (String address : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")) {
      LoopbackServer s = server(address);
      InFlight host = new InFlight();
      perHost.add(host);
      for (int i = 0; i < 4; i++) {
        s.route("/page" + i, ex -> {
          host.enter();
          global.enter();
          FetchLimitsTest.sleep(150);
          global.leave();
          host.leave();
          LoopbackServer.send(ex, 200, "text/html", "<p>page</p>".getBytes());
        });
        urls.add(s.url("/page" + i));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(urls.size());
    try (HttpFetcher fetcher = new HttpFetcher(config.withConcurrency(2, 1))) {
      List<Future<FetchResult>> done = new ArrayList<>();
      for (String url : urls) {
        done.add(pool.submit(() -> fetcher.fetch(url, null, null)));
      }
      for (Future<FetchResult> f : done) {
        assertThat(f.get().status()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(perHost).allSatisfy(h -> assertThat(h.max.get()).as("in flight on one host").isEqualTo(1));
    assertThat(global.max.get()).as("in flight overall: the global limit, and reached").isEqualTo(2);
  }

  @Test
  void crawlDelayFromRobotsSpacesTheRequestsToAHost() throws Exception {
    LoopbackServer s = server("127.0.0.1");
    s.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    s.page("/a", "text/html", "<p>a</p>");
    s.page("/b", "text/html", "<p>b</p>");
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      fetcher.fetch(s.url("/a"), null, null);
      fetcher.fetch(s.url("/b"), null, null);
    }
    long gap = s.arrivals("/b").get(0) - s.arrivals("/a").get(0);
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void theGroupForOurUserAgentIsHonouredAndTheAgentIsConfigurable() throws Exception {
    LoopbackServer s = server("127.0.0.1");
    s.page("/robots.txt", "text/plain", "User-agent: worlddaily\nDisallow: /news/\n\nUser-agent: *\nDisallow: /drafts/\n");
    s.page("/news/1", "text/html", "<p>news</p>");
    s.page("/drafts/1", "text/html", "<p>draft</p>");
    try (HttpFetcher ours = new HttpFetcher(config)) {
      assertThatThrownBy(() -> ours.fetch(s.url("/news/1"), null, null)).hasMessageContaining("disallowed by robots.txt for worlddaily");
      assertThat(ours.fetch(s.url("/drafts/1"), null, null).status()).as("only our group applies to us").isEqualTo(200);
    }
    try (HttpFetcher other = new HttpFetcher(config.withUserAgent("harbourbot/2.0 (+https://harbour.example/bot)"))) {
      assertThat(other.fetch(s.url("/news/1"), null, null).status()).isEqualTo(200);
      assertThatThrownBy(() -> other.fetch(s.url("/drafts/1"), null, null)).hasMessageContaining("disallowed by robots.txt for harbourbot");
    }
    assertThat(s.hits("/news/1")).isEqualTo(1);
    assertThat(s.hits("/drafts/1")).isEqualTo(1);
  }

  @Test
  void robotsTxtIsCachedThenFetchedAgainAfterItsTimeToLive() throws Exception {
    LoopbackServer s = server("127.0.0.1");
    s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
    s.page("/a", "text/html", "<p>a</p>");
    try (HttpFetcher fetcher = new HttpFetcher(config.withRobotsCacheTtl(Duration.ofMillis(400)))) {
      fetcher.fetch(s.url("/a"), null, null);
      fetcher.fetch(s.url("/a"), null, null);
      assertThat(s.hits("/robots.txt")).isEqualTo(1);
      Thread.sleep(500);
      fetcher.fetch(s.url("/a"), null, null);
      assertThat(s.hits("/robots.txt")).isEqualTo(2);
    }
  }

  @Test
  void aRedirectedRobotsTxtIsFollowedAndAServerErrorDefersVisits() throws Exception {
    LoopbackServer s = server("127.0.0.1");
    s.redirect("/robots.txt", 301, "/robots-real.txt");
    s.page("/robots-real.txt", "text/plain", "User-agent: *\nDisallow: /closed/\n");
    s.page("/closed/x", "text/html", "<p>x</p>");
    LoopbackServer broken = server("127.0.0.2");
    broken.route("/robots.txt", ex -> LoopbackServer.send(ex, 503, "text/plain", "down".getBytes()));
    broken.page("/x", "text/html", "<p>x</p>");
    try (HttpFetcher fetcher = new HttpFetcher(config.withRetries(0, Duration.ZERO, Duration.ofSeconds(1)))) {
      assertThatThrownBy(() -> fetcher.fetch(s.url("/closed/x"), null, null)).hasMessageContaining("disallowed by robots.txt");
      assertThatThrownBy(() -> fetcher.fetch(broken.url("/x"), null, null)).hasMessageContaining("robots.txt could not be read (HTTP 503); visits deferred");
    }
    assertThat(s.hits("/closed/x")).isZero();
    assertThat(broken.hits("/x")).isZero();
  }
}
