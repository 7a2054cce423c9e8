package dev.worlddaily.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Fetches URLs like a polite, careful crawler: robots.txt honoured (cached per origin),
 * politeness limits, redirects followed by hand and each re-checked against the address policy
 * and robots.txt, size limits before and after decompression, connect, read and total timeouts,
 * conditional GET, and retries with exponential backoff and jitter on 429 and 5xx (Retry-After
 * honoured, and a host that asked us to wait is left alone for that long by every fetch).
 */
public final class HttpFetcher implements AutoCloseable {
  /** RFC 9309: crawlers must parse at least 500 KiB of a robots.txt. */
  private static final int MAX_ROBOTS_BYTES = 512 * 1024;
  private static final Duration MAX_CRAWL_DELAY = Duration.ofHours(1);

  private final IngestConfig config;
  private final HttpClient client;
  private final AddressPolicy policy;
  private final Politeness politeness;
  private final RobotsCache robots;
  private final Backoff backoff;

  public HttpFetcher(IngestConfig config) {
    this.config = config;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .build();
    this.policy = new AddressPolicy(config.allowPrivateAddresses(), config.allowedHosts());
    this.politeness = new Politeness(config.globalConcurrency(), config.perHostConcurrency(), config.minDelay(), config.maxRetryAfter());
    this.robots = new RobotsCache(config.robotsCacheTtl());
    this.backoff = new Backoff(config.backoffBase(), config.maxRetryAfter());
  }

  /** The time left for one fetch; time spent waiting for a host's turn is given back. */
  private static final class Budget {
    private long deadline;

    Budget(Duration total) {
      deadline = System.nanoTime() + total.toNanos();
    }

    long leftNanos() {
      return deadline - System.nanoTime();
    }

    void giveBack(long nanos) {
      deadline += nanos;
    }
  }

  /** One exchange's status, headers and (size-limited, still encoded) body. */
  private record Exchange(int status, HttpHeaders headers, byte[] body) {}

  /** Fetches a URL; {@code etag} and {@code lastModified} (may be null) make it conditional. */
  public FetchResult fetch(String url, String etag, String lastModified) throws FetchException {
    Budget budget = new Budget(config.totalTimeout());
    String current = url;
    for (int hop = 0; ; hop++) {
      URI uri = policy.check(current);
      checkRobots(uri, budget);
      Exchange r = withRetries(uri, etag, lastModified, budget);
      if (isRedirect(r.status)) {
        if (hop >= config.maxRedirects()) {
          throw FetchException.refused(url, "more than " + config.maxRedirects() + " redirects");
        }
        String location = r.headers.firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
          throw new FetchException(current, r.status, "redirect without a Location header");
        }
        try {
          current = uri.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
          throw new FetchException(current, r.status, "redirect to an invalid URL: " + location.strip());
        }
        continue;
      }
      if (r.status == 304) {
        return new FetchResult(current, 304, new byte[0], null, null, etag, lastModified);
      }
      if (r.status != 200) {
        throw new FetchException(current, r.status, "HTTP " + r.status);
      }
      String type = r.headers.firstValue("Content-Type").orElse(null);
      byte[] body = decode(current, r.headers.firstValue("Content-Encoding").orElse(""), r.body);
      return new FetchResult(current, 200, body, mediaType(type), charset(type),
          r.headers.firstValue("ETag").orElse(null), r.headers.firstValue("Last-Modified").orElse(null));
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** One exchange under politeness, retried on 429 and 5xx. */
  private Exchange withRetries(URI uri, String etag, String lastModified, Budget budget) throws FetchException {
    for (int attempt = 0; ; attempt++) {
      Exchange r = polite(uri, budget, () -> exchange(uri, etag, lastModified, budget));
      if (r.status != 429 && (r.status < 500 || r.status > 599)) {
        return r;
      }
      Duration asked = retryAfter(r.headers);
      Duration wait = asked != null ? asked : backoff.delay(attempt, ThreadLocalRandom.current());
      // Every fetch of this host waits, not only this one: the host told us it is overloaded.
      politeness.pause(uri.getHost(), wait.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : wait);
      if (attempt >= config.maxRetries()) {
        throw new FetchException(uri.toString(), r.status, "HTTP " + r.status + " after " + (attempt + 1) + " attempts", asked);
      }
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        throw new FetchException(uri.toString(), r.status, "HTTP " + r.status + "; retry after " + wait.toSeconds() + " s is beyond the limit of "
            + config.maxRetryAfter().toSeconds() + " s", wait);
      }
      if (wait.toNanos() >= budget.leftNanos()) {
        throw new FetchException(uri.toString(), r.status, "HTTP " + r.status + "; retry after " + wait.toMillis() + " ms would pass the total timeout", asked);
      }
    }
  }

  private <T> T polite(URI uri, Budget budget, Politeness.Work<T> work) throws FetchException {
    try {
      return politeness.run(uri.getHost(), uri.toString(), budget::giveBack, work);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), "interrupted", e);
    }
  }

  private Exchange exchange(URI uri, String etag, String lastModified, Budget budget) throws FetchException, InterruptedException {
    long left = budget.leftNanos();
    if (left <= 0) {
      throw new FetchException(uri.toString(), 0, "total timeout of " + config.totalTimeout().toSeconds() + " s exceeded");
    }
    Duration read = config.readTimeout().toNanos() < left ? config.readTimeout() : Duration.ofNanos(left);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
        .timeout(read)
        .header("User-Agent", config.userAgent())
        .header("Accept-Encoding", "gzip, deflate")
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.8,*/*;q=0.5");
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(b.build(), LimitedBody.handler(config.maxBodyBytes()));
    try {
      HttpResponse<byte[]> response = pending.get(left, TimeUnit.NANOSECONDS);
      return new Exchange(response.statusCode(), response.headers(), response.body() == null ? new byte[0] : response.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new FetchException(uri.toString(), 0, "total timeout of " + config.totalTimeout().toSeconds() + " s exceeded");
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    }
  }

  private FetchException failure(URI uri, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof LimitedBody.TooLarge tooLarge) {
        return FetchException.refused(uri.toString(), tooLarge.getMessage());
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException(uri.toString(), 0, "connect timed out after " + config.connectTimeout().toMillis() + " ms");
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchException(uri.toString(), 0, "no response within the read timeout of " + config.readTimeout().toMillis() + " ms");
      }
      if (t instanceof ConnectException) {
        return new FetchException(uri.toString(), "connection refused", cause);
      }
    }
    return new FetchException(uri.toString(), "connection failed: " + (cause == null ? "unknown" : cause.getClass().getSimpleName() + " " + cause.getMessage()), cause);
  }

  /** Undoes Content-Encoding with a limit, so a small bomb cannot expand into memory. */
  private byte[] decode(String url, String encoding, byte[] wire) throws FetchException {
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    try {
      return switch (e) {
        case "", "identity" -> wire;
        case "gzip", "x-gzip" -> gunzip(wire, url);
        case "deflate" -> readAtMost(new InflaterInputStream(new ByteArrayInputStream(wire), new Inflater(!isZlib(wire))), url);
        default -> throw FetchException.refused(url, "unsupported Content-Encoding: " + e);
      };
    } catch (IOException ex) {
      throw new FetchException(url, 200, "cannot decompress the " + e + " body: " + ex.getMessage());
    }
  }

  /** Servers send "deflate" both as zlib (RFC 1950) and as raw deflate; the header tells them apart. */
  private static boolean isZlib(byte[] b) {
    return b.length >= 2 && (b[0] & 0x0F) == 8 && ((b[0] & 0xFF) << 8 | (b[1] & 0xFF)) % 31 == 0;
  }

  /** Decompresses gzip with the decompressed-size limit. */
  byte[] gunzip(byte[] data, String url) throws FetchException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      return readAtMost(in, url);
    } catch (IOException e) {
      throw new FetchException(url, 0, "cannot decompress gzip: " + e.getMessage());
    }
  }

  private byte[] readAtMost(InputStream in, String url) throws IOException, FetchException {
    long max = config.maxDecompressedBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw FetchException.refused(url, "decompressed body exceeds the limit of " + max + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private void checkRobots(URI uri, Budget budget) throws FetchException {
    if ("/robots.txt".equals(uri.getRawPath())) {
      return;
    }
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    RobotsCache.Loaded loaded = robots.rules(origin, o -> loadRobots(o, uri.getHost(), budget));
    BaseRobotRules rules = loaded.rules();
    if (rules.isDeferVisits()) {
      throw new FetchException(uri.toString(), 0, "robots.txt could not be read (" + loaded.failure() + "); visits deferred", Duration.ofMinutes(10));
    }
    if (!rules.isAllowed(uri.toString())) {
      throw FetchException.refused(uri.toString(), "disallowed by robots.txt for " + robotName());
    }
  }

  /** Loads robots.txt, following up to five redirects (RFC 9309), each re-checked. */
  private RobotsCache.Loaded loadRobots(String origin, String host, Budget budget) throws FetchException {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    String url = origin + "/robots.txt";
    try {
      for (int hop = 0; hop <= 5; hop++) {
        URI uri = policy.check(url);
        Exchange r = polite(uri, budget, () -> exchange(uri, null, null, budget));
        if (isRedirect(r.status) && r.headers.firstValue("Location").isPresent()) {
          url = uri.resolve(r.headers.firstValue("Location").get().strip()).toString();
          continue;
        }
        if (r.status == 200) {
          byte[] body = decode(url, r.headers.firstValue("Content-Encoding").orElse(""), r.body);
          byte[] head = body.length > MAX_ROBOTS_BYTES ? Arrays.copyOf(body, MAX_ROBOTS_BYTES) : body;
          BaseRobotRules rules = parser.parseContent(url, head, "text/plain", List.of(robotName()));
          if (rules.getCrawlDelay() > 0) {
            long millis = Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis());
            politeness.crawlDelay(host, Duration.ofMillis(millis));
          }
          return new RobotsCache.Loaded(rules, null);
        }
        // 4xx: no rules, crawl freely; 5xx: the parser defers visits (RFC 9309 2.3.1).
        return new RobotsCache.Loaded(parser.failedFetch(r.status), r.status >= 500 ? "HTTP " + r.status : null);
      }
      return new RobotsCache.Loaded(parser.failedFetch(404), null);
    } catch (FetchException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      // Unreachable: treat as a server error (RFC 9309 2.3.1.4), and look again soon.
      String reason = e.getMessage().startsWith(url + ": ") ? e.getMessage().substring(url.length() + 2) : e.getMessage();
      return new RobotsCache.Loaded(parser.failedFetch(503), reason);
    }
  }

  /** The product token robots.txt groups are matched against, e.g. "worlddaily". */
  private String robotName() {
    String ua = config.userAgent().strip();
    int slash = ua.indexOf('/');
    return (slash > 0 ? ua.substring(0, slash) : ua.split("\\s")[0]).toLowerCase(Locale.ROOT);
  }

  static Duration retryAfter(HttpHeaders headers) {
    String v = headers.firstValue("Retry-After").map(String::strip).orElse("");
    if (v.isEmpty()) {
      return null;
    }
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }

  @Override
  public void close() {
    // Not close(): it waits for every exchange in flight, however slow the server.
    client.shutdownNow();
    try {
      client.awaitTermination(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
