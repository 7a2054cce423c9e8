package dev.worlddaily.ingest;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin, kept for a while (RFC 9309 asks for at most a day) and loaded
 * once even when many fetches of a new origin start together. Rules from a failed load (server
 * error, unreachable) are kept only briefly, so a host that recovers is crawled again soon.
 */
final class RobotsCache {
  /** Rules as loaded, and why the load failed (null when it did not). */
  record Loaded(BaseRobotRules rules, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  /** Loads the rules of an origin. */
  @FunctionalInterface
  interface Loader {
    Loaded load(String origin) throws FetchException;
  }

  private record Entry(Loaded loaded, long expiresNanos) {}

  private final Duration ttl;
  private final Duration failureTtl;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  RobotsCache(Duration ttl) {
    this.ttl = ttl;
    this.failureTtl = ttl.compareTo(Duration.ofMinutes(10)) < 0 ? ttl : Duration.ofMinutes(10);
  }

  Loaded rules(String origin, Loader loader) throws FetchException {
    Entry e = entries.get(origin);
    if (e != null && e.expiresNanos - System.nanoTime() > 0) {
      return e.loaded;
    }
    synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
      e = entries.get(origin);
      if (e != null && e.expiresNanos - System.nanoTime() > 0) {
        return e.loaded;
      }
      Loaded loaded = loader.load(origin);
      entries.put(origin, new Entry(loaded, System.nanoTime() + (loaded.failed() ? failureTtl : ttl).toNanos()));
      return loaded;
    }
  }
}
