package dev.worlddaily.ingest;

import java.time.Duration;

/**
 * Settings of fetching and ingestion.
 *
 * @param userAgent the User-Agent sent and matched against robots.txt
 * @param maxBodyBytes largest response body accepted (as transferred)
 * @param maxDecompressedBytes largest body accepted after gzip decompression
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for a response to start
 * @param totalTimeout time allowed for a whole fetch including redirects
 * @param maxRedirects redirects followed, each re-checked
 * @param allowPrivateAddresses allow loopback, private and link-local addresses (tests, the demo)
 * @param globalConcurrency fetches in flight at once
 * @param perHostConcurrency fetches in flight per host
 * @param minDelay minimum pause between two fetches of one host (robots crawl-delay may raise it)
 * @param maxRetries retries after 429 or 5xx, with exponential backoff and jitter
 * @param backoffBase first backoff delay
 * @param maxRetryAfter longest Retry-After honoured by waiting; longer ones fail the fetch
 * @param fullTextMinChars feed item content shorter than this is a teaser: the page is fetched
 * @param allowedHosts hosts (or host:port) fetched even when they resolve to private addresses,
 *     for intranet sources and tests that allow exactly their own loopback server
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
    java.util.List<String> allowedHosts) {

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
    allowedHosts = java.util.List.copyOf(allowedHosts == null ? java.util.List.of() : allowedHosts);
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(
        "worlddaily/0.1 (+https://github.com/worlddaily; self-hosted news reader)",
        5L * 1024 * 1024, 20L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
        5, false, 8, 1, Duration.ofMillis(250), 2, Duration.ofMillis(500), Duration.ofSeconds(30), 600, java.util.List.of());
  }

  public IngestConfig withAllowPrivateAddresses(boolean allow) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout,
        maxRedirects, allow, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts);
  }

  public IngestConfig withMinDelay(Duration delay) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout,
        maxRedirects, allowPrivateAddresses, globalConcurrency, perHostConcurrency, delay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, allowedHosts);
  }

  public IngestConfig withAllowedHosts(java.util.List<String> hosts) {
    return new IngestConfig(userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, readTimeout, totalTimeout,
        maxRedirects, allowPrivateAddresses, globalConcurrency, perHostConcurrency, minDelay, maxRetries, backoffBase, maxRetryAfter, fullTextMinChars, hosts);
  }
}
