package dev.worlddaily.app.cli;

import dev.worlddaily.ingest.PollResult;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * When a feed is polled next. A feed is polled about twice per expected new item, between
 * {@link #MIN_INTERVAL} and {@link #MAX_INTERVAL} (or on its configured interval), with
 * ±10 % jitter so that feeds added together drift apart. The publishing rate comes from the
 * dates of the feed's items when it has them, else from the new items seen per poll. Failures
 * back off exponentially from {@link #MIN_INTERVAL} up to {@link #MAX_BACKOFF}, and never
 * sooner than the server's Retry-After.
 */
final class PollSchedule {
  static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
  static final Duration MAX_INTERVAL = Duration.ofHours(2);
  static final Duration MAX_BACKOFF = Duration.ofHours(6);
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

  private PollSchedule() {}

  /** The interval after a successful poll; {@code random} in [0, 1) draws the jitter. */
  static Duration interval(Feed feed, double itemsPerDay, double random) {
    Duration base;
    if (feed.pollInterval() != null) {
      base = feed.pollInterval();
    } else {
      long seconds = itemsPerDay <= 0 ? MAX_INTERVAL.toSeconds() : (long) (86_400 / (2 * itemsPerDay));
      base = clamp(Duration.ofSeconds(seconds), MIN_INTERVAL, MAX_INTERVAL);
    }
    return jitter(base, random);
  }

  /** The publishing rate after a successful poll. */
  static double itemsPerDay(FeedHealth h, PollResult r, Instant now) {
    if (r.notModified()) {
      return h.itemsPerDay();
    }
    if (!Double.isNaN(r.publishedPerDay())) {
      return h.lastSuccess() == null ? r.publishedPerDay() : 0.5 * h.itemsPerDay() + 0.5 * r.publishedPerDay();
    }
    if (h.lastSuccess() == null) {
      // Undated items and no history: take what the feed holds as about a day's worth.
      return r.items();
    }
    double elapsedDays = Math.max(300, Duration.between(h.lastSuccess(), now).toSeconds()) / 86_400.0;
    return 0.7 * h.itemsPerDay() + 0.3 * (r.items() / elapsedDays);
  }

  /** The health after a failed poll: counted, recorded, and the next poll backed off. */
  static FeedHealth afterFailure(FeedHealth h, PollResult r, Instant now, double random) {
    int failures = h.consecutiveFailures() + 1;
    Duration wait = jitter(clamp(MIN_INTERVAL.multipliedBy(1L << Math.min(failures, 10)), MIN_INTERVAL, MAX_BACKOFF), random);
    if (r.retryAfter() != null && r.retryAfter().compareTo(wait) > 0) {
      wait = r.retryAfter().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : r.retryAfter();
    }
    return new FeedHealth(h.feedId(), now, h.lastSuccess(), now, r.error(), failures, h.itemsPerDay(), h.etag(), h.lastModified(), now.plus(wait));
  }

  private static Duration jitter(Duration d, double random) {
    return Duration.ofMillis((long) (d.toMillis() * (0.9 + 0.2 * random)));
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }

  /** The feed's health after a poll: failures back off, successes adapt the interval. */
  static FeedHealth next(Feed feed, FeedHealth h, PollResult r, String firstItemError, Instant now, double random) {
    if (!r.ok()) {
      return afterFailure(h, r, now, random);
    }
    double perDay = itemsPerDay(h, r, now);
    Instant lastError = h.lastError();
    String lastErrorMessage = h.lastErrorMessage();
    if (r.failedItems() > 0) {
      lastError = now;
      lastErrorMessage = String.format(Locale.ROOT, "%d of %d items failed, e.g. %s", r.failedItems(),
          r.failedItems() + r.items() + r.unchanged(), firstItemError == null ? "?" : firstItemError);
    }
    boolean complete = r.complete();
    return new FeedHealth(h.feedId(), now, now, lastError, lastErrorMessage, 0, perDay,
        complete ? r.etag() : h.etag(), complete ? r.lastModified() : h.lastModified(),
        complete ? now.plus(interval(feed, perDay, random)) : now);
  }
}
