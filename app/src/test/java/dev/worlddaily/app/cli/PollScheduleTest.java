package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.ingest.PollResult;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.FeedKind;
import dev.worlddaily.model.Outlet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Poll intervals adapted to the publishing rate, with jitter; failures backed off. */
class PollScheduleTest {
  static final Instant T0 = Instant.parse("2026-11-17T12:00:00Z");
  static final Feed FEED = Feed.of("https://lanternpost.example/feed.xml", Outlet.ofDomain("lanternpost.example"));

  static PollResult ok(int items, double publishedPerDay) {
    return new PollResult(true, true, false, items, 0, 0, "\"e2\"", null, null, 200, null, List.of(), publishedPerDay, null);
  }

  static PollResult failed(String error, Duration retryAfter) {
    return new PollResult(false, true, false, 0, 0, 0, null, null, error, 503, retryAfter, List.of(), Double.NaN, null);
  }

  @Test
  void theIntervalFollowsThePublishingRateWithinBoundsWithJitter() {
    assertThat(PollSchedule.interval(FEED, 48, 0.5)).as("twice per expected item").isEqualTo(Duration.ofMinutes(15));
    assertThat(PollSchedule.interval(FEED, 5_000, 0.5)).isEqualTo(PollSchedule.MIN_INTERVAL);
    assertThat(PollSchedule.interval(FEED, 1, 0.5)).isEqualTo(PollSchedule.MAX_INTERVAL);
    assertThat(PollSchedule.interval(FEED, 0, 0.5)).isEqualTo(PollSchedule.MAX_INTERVAL);
    assertThat(PollSchedule.interval(FEED, 48, 0.0)).isEqualTo(Duration.ofMinutes(15).multipliedBy(9).dividedBy(10));
    assertThat(PollSchedule.interval(FEED, 48, 0.999)).isBetween(Duration.ofMinutes(16), Duration.ofMinutes(17));
    Feed every10 = new Feed(null, FEED.url(), null, FEED.outlet(), FeedKind.RSS, Duration.ofMinutes(10), true);
    assertThat(PollSchedule.interval(every10, 1, 0.5)).as("a configured interval wins").isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void theRateComesFromItemDatesElseFromNewItemsPerPollAndA304KeepsIt() {
    FeedHealth fresh = FeedHealth.initial(FEED.id());
    assertThat(PollSchedule.itemsPerDay(fresh, ok(50, 24), T0)).isEqualTo(24);
    FeedHealth known = new FeedHealth(FEED.id(), T0.minus(Duration.ofHours(1)), T0.minus(Duration.ofHours(1)), null, null, 0, 24, null, null, T0);
    assertThat(PollSchedule.itemsPerDay(known, ok(3, 48), T0)).isEqualTo(36);
    assertThat(PollSchedule.itemsPerDay(known, ok(2, Double.NaN), T0)).as("2 new items in an hour").isCloseTo(0.7 * 24 + 0.3 * 48, org.assertj.core.data.Offset.offset(0.01));
    PollResult notModified = new PollResult(true, true, true, 0, 0, 0, "\"e1\"", null, null, 304, null, List.of(), Double.NaN, null);
    assertThat(PollSchedule.itemsPerDay(known, notModified, T0)).isEqualTo(24);
  }

  @Test
  void failuresBackOffExponentiallyButNoSoonerThanRetryAfter() {
    FeedHealth h = FeedHealth.initial(FEED.id());
    Duration previous = Duration.ZERO;
    for (int i = 1; i <= 4; i++) {
      h = PollSchedule.afterFailure(h, failed("HTTP 503", null), T0, 0.5);
      Duration wait = Duration.between(T0, h.nextPoll());
      assertThat(wait).isEqualTo(PollSchedule.MIN_INTERVAL.multipliedBy(1L << i));
      assertThat(wait).isGreaterThan(previous);
      previous = wait;
      assertThat(h.consecutiveFailures()).isEqualTo(i);
      assertThat(h.lastErrorMessage()).isEqualTo("HTTP 503");
    }
    for (int i = 0; i < 10; i++) {
      h = PollSchedule.afterFailure(h, failed("HTTP 503", null), T0, 0.5);
    }
    assertThat(Duration.between(T0, h.nextPoll())).isEqualTo(PollSchedule.MAX_BACKOFF);
    FeedHealth asked = PollSchedule.afterFailure(FeedHealth.initial(FEED.id()), failed("HTTP 429", Duration.ofHours(3)), T0, 0.5);
    assertThat(asked.nextPoll()).isEqualTo(T0.plus(Duration.ofHours(3)));
  }

  @Test
  void aSuccessAfterFailuresResetsTheCountAndKeepsTheLastErrorForTheRecord() {
    FeedHealth failing = PollSchedule.afterFailure(FeedHealth.initial(FEED.id()), failed("HTTP 503", null), T0, 0.5);
    FeedHealth back = PollSchedule.next(FEED, failing, ok(4, 24), null, T0.plusSeconds(600), 0.5);
    assertThat(back.consecutiveFailures()).isZero();
    assertThat(back.lastSuccess()).isEqualTo(T0.plusSeconds(600));
    assertThat(back.lastErrorMessage()).isEqualTo("HTTP 503");
    assertThat(back.etag()).isEqualTo("\"e2\"");
    assertThat(back.nextPoll()).isEqualTo(T0.plusSeconds(600).plus(Duration.ofMinutes(30)));
    PollResult someItemsFailed = new PollResult(true, true, false, 3, 5, 2, null, null, null, 200, null, List.of(), 24, null);
    FeedHealth partly = PollSchedule.next(FEED, back, someItemsFailed, "failed: http://x/1: HTTP 403", T0.plusSeconds(1200), 0.5);
    assertThat(partly.consecutiveFailures()).isZero();
    assertThat(partly.lastErrorMessage()).isEqualTo("2 of 10 items failed, e.g. failed: http://x/1: HTTP 403");
    PollResult cut = new PollResult(true, false, false, 1, 0, 0, "\"e3\"", null, null, 200, null, List.of(), 24, null);
    FeedHealth stopped = PollSchedule.next(FEED, back, cut, null, T0.plusSeconds(1800), 0.5);
    assertThat(stopped.etag()).as("a poll cut short keeps the old validators").isEqualTo("\"e2\"");
    assertThat(stopped.nextPoll()).as("and is due again at once").isEqualTo(T0.plusSeconds(1800));
  }
}
