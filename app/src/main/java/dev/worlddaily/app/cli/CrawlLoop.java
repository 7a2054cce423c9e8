package dev.worlddaily.app.cli;

import dev.worlddaily.app.pipeline.BatchReport;
import dev.worlddaily.ingest.PollResult;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Progress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The main job's polling: every feed is polled when its next poll is due, conditionally (ETag,
 * Last-Modified), and its health is persisted, so a restart resumes where it stopped. The
 * interval adapts to how often a feed publishes, with jitter, and backs off after failures.
 */
final class CrawlLoop {
  static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
  static final Duration MAX_INTERVAL = Duration.ofHours(2);

  private final Engine engine;
  private volatile boolean stopping;

  CrawlLoop(Engine engine) {
    this.engine = engine;
  }

  void stop() {
    stopping = true;
  }

  /** Polls every due feed once; returns how many were polled. */
  int pollDue() {
    Instant now = engine.clock().instant();
    List<Article> articles = new ArrayList<>();
    int polled = 0;
    for (Feed feed : engine.store().feeds()) {
      if (stopping) {
        break;
      }
      FeedHealth health = engine.store().feedHealth(feed.id()).orElse(FeedHealth.initial(feed.id()));
      if (!feed.enabled() || health.nextPoll() != null && health.nextPoll().isAfter(now)) {
        continue;
      }
      int before = articles.size();
      PollResult r = engine.stages().ingestor().poll(feed, health.etag(), health.lastModified(), o -> {
        if (o.isOk()) {
          articles.add(o.value());
        }
      });
      engine.store().saveFeedHealth(next(health, r, articles.size() - before, now));
      polled++;
    }
    if (!articles.isEmpty()) {
      BatchReport report = engine.pipeline().process(articles, Progress.NONE);
      engine.console().info("crawl: " + report.summary());
    }
    return polled;
  }

  static FeedHealth next(FeedHealth h, PollResult r, int items, Instant now) {
    if (!r.ok()) {
      int failures = h.consecutiveFailures() + 1;
      Duration backoff = MIN_INTERVAL.multipliedBy(1L << Math.min(failures, 5));
      return new FeedHealth(h.feedId(), now, h.lastSuccess(), now, r.error(), failures, h.itemsPerDay(), h.etag(), h.lastModified(),
          now.plus(min(backoff, Duration.ofHours(6))));
    }
    double perDay = h.lastSuccess() == null ? items : 0.8 * h.itemsPerDay() + 0.2 * items * (86_400.0 / Math.max(300, Duration.between(h.lastSuccess(), now).toSeconds()));
    // Poll about twice per expected new item, within bounds, with up to 20% jitter.
    long seconds = perDay <= 0 ? MAX_INTERVAL.toSeconds() : (long) (86_400 / (2 * perDay));
    Duration interval = min(max(Duration.ofSeconds(seconds), MIN_INTERVAL), MAX_INTERVAL);
    long jitter = (long) (interval.toSeconds() * 0.2 * ThreadLocalRandom.current().nextDouble());
    return new FeedHealth(h.feedId(), now, now, h.lastError(), h.lastErrorMessage(), 0, perDay,
        r.etag() != null ? r.etag() : h.etag(), r.lastModified() != null ? r.lastModified() : h.lastModified(),
        now.plus(interval).plusSeconds(jitter));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
