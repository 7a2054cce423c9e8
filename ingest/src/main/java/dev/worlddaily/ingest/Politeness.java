package dev.worlddaily.ingest;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness: a global limit of fetches in flight, a per-host limit (one by default), and a
 * minimum pause between fetches of one host (raised by robots.txt crawl-delay).
 */
final class Politeness {
  private final Semaphore global;
  private final int perHost;
  private final Duration minDelay;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  /** The state of one host. */
  private static final class Host {
    final Semaphore permits;
    long nextAllowedNanos;
    long delayNanos;

    Host(int permits, long delayNanos) {
      this.permits = new Semaphore(permits, true);
      this.delayNanos = delayNanos;
    }
  }

  Politeness(int global, int perHost, Duration minDelay) {
    this.global = new Semaphore(global, true);
    this.perHost = perHost;
    this.minDelay = minDelay;
  }

  /** Raises a host's pause to its robots.txt crawl-delay. */
  void crawlDelay(String host, Duration delay) {
    Host h = host(host);
    synchronized (h) {
      h.delayNanos = Math.max(h.delayNanos, delay.toNanos());
    }
  }

  /** Runs work when the host and the global limit allow it. */
  <T> T run(String host, Work<T> work) throws FetchException, InterruptedException {
    Host h = host(host);
    h.permits.acquire();
    try {
      long wait;
      synchronized (h) {
        long now = System.nanoTime();
        wait = Math.max(0, h.nextAllowedNanos - now);
        h.nextAllowedNanos = Math.max(now, h.nextAllowedNanos) + h.delayNanos;
      }
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      global.acquire();
      try {
        return work.run();
      } finally {
        global.release();
      }
    } finally {
      h.permits.release();
    }
  }

  private Host host(String host) {
    return hosts.computeIfAbsent(host, k -> new Host(perHost, minDelay.toNanos()));
  }

  /** Work done under the limits. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws FetchException, InterruptedException;
  }
}
