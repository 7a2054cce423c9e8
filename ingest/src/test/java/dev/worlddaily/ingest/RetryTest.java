package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backoff with jitter on 429 and 5xx, and Retry-After, against a real server on 127.0.0.1. */
class RetryTest {
  LoopbackServer server;
  final IngestConfig config = IngestConfig.defaults().withAllowPrivateAddresses(true).withMinDelay(Duration.ZERO)
      .withRetries(2, Duration.ofMillis(200), Duration.ofSeconds(5));

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Answers {@code status} (with an optional Retry-After) {@code failures} times, then 200. */
  void flaky(String path, int status, String retryAfter, int failures) {
    AtomicInteger calls = new AtomicInteger();
    server.route(path, ex -> {
      if (calls.getAndIncrement() < failures) {
        if (retryAfter != null) {
          ex.getResponseHeaders().set("Retry-After", retryAfter);
        }
        LoopbackServer.send(ex, status, "text/plain", "busy".getBytes());
      } else {
        LoopbackServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes());
      }
    });
  }

  Duration gap(String path, int from) {
    List<Long> t = server.arrivals(path);
    return Duration.ofNanos(t.get(from + 1) - t.get(from));
  }

  @Test
  void a429WithRetryAfterInSecondsIsWaitedOut() throws Exception {
    flaky("/busy", 429, "1", 1);
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      assertThat(fetcher.fetch(server.url("/busy"), null, null).status()).isEqualTo(200);
    }
    assertThat(server.hits("/busy")).isEqualTo(2);
    assertThat(gap("/busy", 0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void a503WithRetryAfterAsAnHttpDateIsWaitedOut() throws Exception {
    String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    flaky("/busy", 503, inTwoSeconds, 1);
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      assertThat(fetcher.fetch(server.url("/busy"), null, null).status()).isEqualTo(200);
    }
    // The date has a resolution of one second, so the wait is between one and two seconds.
    assertThat(gap("/busy", 0)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoffThenReported() throws Exception {
    flaky("/flaky", 500, null, 2);
    server.route("/down", ex -> LoopbackServer.send(ex, 502, "text/plain", "bad gateway".getBytes()));
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      assertThat(fetcher.fetch(server.url("/flaky"), null, null).status()).isEqualTo(200);
      assertThat(server.hits("/flaky")).isEqualTo(3);
      // attempt n waits 200 ms * 2^n * [0.5, 1.5)
      assertThat(gap("/flaky", 0)).isGreaterThanOrEqualTo(Duration.ofMillis(95));
      assertThat(gap("/flaky", 1)).isGreaterThanOrEqualTo(Duration.ofMillis(195));
      assertThatThrownBy(() -> fetcher.fetch(server.url("/down"), null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.getMessage()).contains("HTTP 502 after 3 attempts");
        assertThat(e.isPermanent()).isFalse();
      });
    }
    assertThat(server.hits("/down")).isEqualTo(3);
  }

  @Test
  void aRetryAfterBeyondTheLimitFailsAtOnceAndKeepsEveryFetchAwayFromTheHost() throws Exception {
    flaky("/later", 429, "120", 1);
    server.page("/other", "text/html", "<p>other</p>");
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      assertThatThrownBy(() -> fetcher.fetch(server.url("/later"), null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(e.getMessage()).contains("retry after 120 s is beyond the limit of 5 s");
      });
      assertThatThrownBy(() -> fetcher.fetch(server.url("/other"), null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
        assertThat(e.getMessage()).contains("deferred");
        assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(100));
      });
    }
    assertThat(server.hits("/later")).isEqualTo(1);
    assertThat(server.hits("/other")).isZero();
  }

  @Test
  void backoffGrowsExponentiallyWithJitterWithinItsCap() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(3));
    Random random = new Random(42);
    for (int attempt = 0; attempt < 5; attempt++) {
      Set<Long> seen = new HashSet<>();
      long base = 100L << attempt;
      for (int i = 0; i < 50; i++) {
        long d = backoff.delay(attempt, random).toMillis();
        assertThat(d).isBetween(Math.min(base / 2, 3000), Math.min(base * 3 / 2, 3000));
        seen.add(d);
      }
      assertThat(seen).as("jittered, not one fixed delay").hasSizeGreaterThan(attempt < 4 ? 10 : 1);
    }
    assertThat(backoff.delay(20, random)).isEqualTo(Duration.ofSeconds(3));
  }
}
