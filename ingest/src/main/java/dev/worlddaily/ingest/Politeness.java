package dev.worlddaily.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness: a global limit of fetches in flight, a per-host limit (one by default), a minimum
 * pause between fetches of one host (raised by robots.txt crawl-delay), and pauses a host asked
 * for (Retry-After, backoff after 429 and 5xx). A fetch that would have to wait longer than
 * {@code maxWait} is refused with the remaining wait instead of blocking a thread for minutes.
 */
final class Politeness {
  private final Semaphore global;
  private final int perHost;
  private final Duration minDelay;
  private final Duration maxWait;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  /** The state of one host. */
  private static final class Host {
    final Semaphore permits;
    long nextAllowedNanos;
    long pausedUntilNanos;
    long delayNanos;

    Host(int permits, long delayNanos, long now) {
      this.permits = new Semaphore(permits, true);
      this.delayNanos = delayNanos;
      this.nextAllowedNanos = now;
      this.pausedUntilNanos = now;
    }
  }

  Politeness(int global, int perHost, Duration minDelay, Duration maxWait) {
    this.global = new Semaphore(global, true);
    this.perHost = perHost;
    this.minDelay = minDelay;
    this.maxWait = maxWait;
  }

  /** Raises a host's pause between fetches to its robots.txt crawl-delay. */
  void crawlDelay(String host, Duration delay) {
    Host h = host(host);
    synchronized (h) {
      h.delayNanos = Math.max(h.delayNanos, delay.toNanos());
    }
  }

  /** Makes the next fetch of a host wait at least {@code d} from now. */
  void pause(String host, Duration d) {
    Host h = host(host);
    synchronized (h) {
      h.pausedUntilNanos = Math.max(h.pausedUntilNanos, System.nanoTime() + d.toNanos());
    }
  }

  /**
   * Runs work when the host and the global limit allow it; {@code waited} receives the time
   * spent waiting for the host's turn, which does not count against a fetch's timeout.
   */
  <T> T run(String host, String url, java.util.function.LongConsumer waited, Work<T> work) throws FetchException, InterruptedException {
    Host h = host(host);
    long queued = System.nanoTime();
    h.permits.acquire();
    try {
      long wait;
      synchronized (h) {
        long now = System.nanoTime();
        long start = Math.max(now, Math.max(h.nextAllowedNanos, h.pausedUntilNanos));
        wait = start - now;
        if (wait > maxWait.toNanos()) {
          throw new FetchException(url, 0, String.format(Locale.ROOT, "deferred: %s asks for %d s between fetches or after an error", host,
              Duration.ofNanos(wait).toSeconds()), Duration.ofNanos(wait));
        }
        h.nextAllowedNanos = start + h.delayNanos;
      }
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      global.acquire();
      waited.accept(System.nanoTime() - queued);
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
    return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(perHost, minDelay.toNanos(), System.nanoTime()));
  }

  /** Work done under the limits. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws FetchException, InterruptedException;
  }
}
