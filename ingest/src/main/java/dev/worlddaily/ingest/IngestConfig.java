package dev.worlddaily.ingest;

import java.time.Duration;
import java.util.List;

/**
 * Settings of fetching and ingestion.
 *
 * @param userAgent the User-Agent sent; its product token (before the first '/') is the name
 *     matched against robots.txt groups
 * @param maxBodyBytes largest response body accepted (as transferred)
 * @param maxDecompressedBytes largest body accepted after gzip or deflate decompression
 * @param connectTimeout TCP (and TLS) connect timeout
 * @param readTimeout time allowed for the response headers to arrive after the request was sent
 * @param totalTimeout time allowed for a whole fetch (every exchange, redirect and retry, body
 *     included), not counting the time it waits for its turn at a host
 * @param maxRedirects redirects followed, each re-checked against the address policy and robots
 * @param allowPrivateAddresses allow loopback, private and link-local addresses (tests, the demo)
 * @param globalConcurrency fetches in flight at once
 * @param perHostConcurrency fetches in flight per host
 * @param minDelay minimum pause between two fetches of one host (robots crawl-delay may raise it)
 * @param maxRetries retries after 429 or 5xx, with exponential backoff and jitter
 * @param backoffBase first backoff delay
 * @param maxRetryAfter longest wait a fetch sits out for a host (Retry-After, backoff,
 *     crawl-delay); a longer one fails the fetch with the wait, and the scheduler defers the feed
 * @param fullTextMinChars feed item content shorter than this is a teaser: the page is fetched
 * @param allowedHosts hosts (or host:port) fetched even when they resolve to private addresses,
 *     for intranet sources and tests that allow exactly their own loopback server
 * @param robotsCacheTtl how long a host's robots.txt is trusted before it is fetched again
 * @param revisitInterval how often an already fetched feed item is fetched again to catch edits
 *     while it is young; an item whose feed date moves is fetched again at once
 * @param revisitWindow how long after its first fetch an item is still revisited
 */
public record IngestConfig(
    String userAgent,
    long maxBodyBytes,
    long maxDecompressedBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRedirects,
    boolean allowPrivateAddresses,
    int globalConcurrency,
    int perHostConcurrency,
    Duration minDelay,
    int maxRetries,
    Duration backoffBase,
    Duration maxRetryAfter,
    int fullTextMinChars,
    List<String> allowedHosts,
    Duration robotsCacheTtl,
    Duration revisitInterval,
    Duration revisitWindow) {

  public IngestConfig {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (maxBodyBytes < 1024 || maxDecompressedBytes < maxBodyBytes) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1024 and maxDecompressedBytes >= maxBodyBytes: " + maxBodyBytes + ", " + maxDecompressedBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be in 0..20: " + maxRedirects);
    }
    if (globalConcurrency < 1 || perHostConcurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1: " + globalConcurrency + ", " + perHostConcurrency);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
    }
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    positive("totalTimeout", totalTimeout);
    positive("robotsCacheTtl", robotsCacheTtl);
    notNegative("minDelay", minDelay);
    notNegative("backoffBase", backoffBase);
    notNegative("maxRetryAfter", maxRetryAfter);
    notNegative("revisitInterval", revisitInterval);
    notNegative("revisitWindow", revisitWindow);
    allowedHosts = List.copyOf(allowedHosts == null ? List.of() : allowedHosts);
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0: " + d);
    }
  }

  private static void notNegative(String name, Duration d) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0: " + d);
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(
        "worlddaily/0.1 (+https://github.com/worlddaily; self-hosted news reader)",
        5L * 1024 * 1024, 20L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
        5, false, 8, 1, Duration.ofMillis(250), 2, Duration.ofMillis(500), Duration.ofSeconds(30), 600, List.of(),
        Duration.ofHours(24), Duration.ofHours(6), Duration.ofHours(24));
  }

  public IngestConfig withAllowPrivateAddresses(boolean allow) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allow, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withMinDelay(Duration delay) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, delay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withAllowedHosts(List<String> hosts) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, hosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withUserAgent(String agent) {
    return new IngestConfig(agent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withTimeouts(Duration connect, Duration read, Duration total) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connect, read, total, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withConcurrency(int global, int perHost) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, global, perHost, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withRetries(int retries, Duration base, Duration maxWait) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, retries, base, maxWait, fullTextMinChars, allowedHosts,
        robotsCacheTtl, revisitInterval, revisitWindow);
  }

  public IngestConfig withRobotsCacheTtl(Duration ttl) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        ttl, revisitInterval, revisitWindow);
  }

  public IngestConfig withRevisits(Duration interval, Duration window) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts,
        robotsCacheTtl, interval, window);
  }
}
