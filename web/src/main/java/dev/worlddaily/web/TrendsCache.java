package dev.worlddaily.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last {@link TrendReport} and recomputes it in the background once it is older than
 * the refresh interval, so a request never waits for the scan of a week of stories (except the
 * very first one, when nothing has been computed yet).
 */
final class TrendsCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrendsCache.class);
  static final int MAX_ENTITIES = 30;

  private final Trends trends;
  private final Clock clock;
  private final Duration refresh;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "wdn-trends");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile TrendReport report;

  TrendsCache(Trends trends, Clock clock, Duration refresh) {
    this.trends = trends;
    this.clock = clock;
    this.refresh = refresh;
  }

  /** Starts computing now, so that the first visitor finds it ready. */
  void warm() {
    refreshInBackground();
  }

  TrendReport get() {
    if (refresh.isZero()) {
      return trends.compute(MAX_ENTITIES);
    }
    TrendReport r = report;
    if (r == null) {
      synchronized (this) {
        if (report == null) {
          report = trends.compute(MAX_ENTITIES);
        }
        return report;
      }
    }
    if (Duration.between(r.computedAt(), clock.instant()).compareTo(refresh) >= 0) {
      refreshInBackground();
    }
    return r;
  }

  private void refreshInBackground() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      worker.execute(() -> {
        try {
          report = trends.compute(MAX_ENTITIES);
        } catch (RuntimeException e) {
          LOG.warn("computing trends failed: {}", e.toString());
        } finally {
          running.set(false);
        }
      });
    } catch (RejectedExecutionException e) {
      running.set(false);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
