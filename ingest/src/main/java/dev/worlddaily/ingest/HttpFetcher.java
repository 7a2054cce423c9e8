package dev.worlddaily.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

/**
 * Fetches URLs like a polite, careful crawler: robots.txt honoured, politeness limits, redirects
 * followed by hand and re-checked against the address policy, size limits before and after
 * decompression, conditional GET, and retries with backoff on 429 and 5xx (Retry-After honoured).
 */
public final class HttpFetcher implements AutoCloseable {
  private final IngestConfig config;
  private final HttpClient client;
  private final AddressPolicy policy;
  private final Politeness politeness;
  private final ConcurrentHashMap<String, BaseRobotRules> robots = new ConcurrentHashMap<>();

  public HttpFetcher(IngestConfig config) {
    this.config = config;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .build();
    this.policy = new AddressPolicy(config.allowPrivateAddresses(), config.allowedHosts());
    this.politeness = new Politeness(config.globalConcurrency(), config.perHostConcurrency(), config.minDelay());
  }

  /** Fetches a URL; {@code etag} and {@code lastModified} (may be null) make it conditional. */
  public FetchResult fetch(String url, String etag, String lastModified) throws FetchException {
    Instant deadline = Instant.now().plus(config.totalTimeout());
    String current = url;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      URI uri = policy.check(current);
      if (!allowedByRobots(uri)) {
        throw new FetchException(current, 0, "disallowed by robots.txt for " + config.userAgent());
      }
      Response r = withRetries(uri, etag, lastModified, deadline);
      if (r.status >= 300 && r.status < 400 && r.status != 304) {
        String location = r.response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(current, r.status, "redirect without a Location header");
        }
        current = uri.resolve(location.strip()).toString();
        continue;
      }
      if (r.status == 304) {
        return new FetchResult(current, 304, new byte[0], null, null, etag, lastModified);
      }
      if (r.status != 200) {
        throw new FetchException(current, r.status, "HTTP " + r.status);
      }
      String type = r.response.headers().firstValue("Content-Type").orElse(null);
      return new FetchResult(current, 200, r.body, mediaType(type), charset(type),
          r.response.headers().firstValue("ETag").orElse(null), r.response.headers().firstValue("Last-Modified").orElse(null));
    }
    throw new FetchException(url, 0, "more than " + config.maxRedirects() + " redirects");
  }

  /** One exchange, retried on 429 and 5xx. */
  private record Response(HttpResponse<InputStream> response, int status, byte[] body) {}

  private Response withRetries(URI uri, String etag, String lastModified, Instant deadline) throws FetchException {
    for (int attempt = 0; ; attempt++) {
      Response r;
      try {
        r = politeness.run(uri.getHost(), () -> exchange(uri, etag, lastModified, deadline));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri.toString(), "interrupted", e);
      }
      boolean retryable = r.status == 429 || r.status >= 500;
      if (!retryable || attempt >= config.maxRetries()) {
        return r;
      }
      Duration wait = retryAfter(r.response).orElse(backoff(attempt));
      if (wait.compareTo(config.maxRetryAfter()) > 0 || Instant.now().plus(wait).isAfter(deadline)) {
        throw new FetchException(uri.toString(), r.status, "HTTP " + r.status + "; retry after " + wait.toSeconds() + " s is beyond the limit");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri.toString(), "interrupted", e);
      }
    }
  }

  private Duration backoff(int attempt) {
    long base = config.backoffBase().toMillis() << attempt;
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
  }

  private Response exchange(URI uri, String etag, String lastModified, Instant deadline) throws FetchException {
    Duration left = Duration.between(Instant.now(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new FetchException(uri.toString(), 0, "total timeout of " + config.totalTimeout().toSeconds() + " s exceeded");
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
        .timeout(left.compareTo(config.readTimeout()) < 0 ? left : config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept-Encoding", "gzip")
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/json;q=0.8,*/*;q=0.5");
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    try {
      HttpResponse<InputStream> response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      byte[] body = readBody(uri.toString(), response);
      return new Response(response, response.statusCode(), body);
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri.toString(), "timed out", e);
    } catch (IOException e) {
      throw new FetchException(uri.toString(), "connection failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), "interrupted", e);
    }
  }

  private byte[] readBody(String url, HttpResponse<InputStream> response) throws IOException, FetchException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    try (InputStream raw = response.body()) {
      if (declared > config.maxBodyBytes()) {
        throw new FetchException(url, response.statusCode(), "body of " + declared + " bytes exceeds the limit of " + config.maxBodyBytes());
      }
      byte[] wire = readAtMost(raw, config.maxBodyBytes(), url, "body");
      boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
      return gzip ? gunzip(wire, url) : wire;
    }
  }

  /** Decompresses gzip with a limit, so a small bomb cannot expand into memory. */
  byte[] gunzip(byte[] data, String url) throws IOException, FetchException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
      return readAtMost(in, config.maxDecompressedBytes(), url, "decompressed body");
    }
  }

  private static byte[] readAtMost(InputStream in, long max, String url, String what) throws IOException, FetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new FetchException(url, 0, what + " exceeds the limit of " + max + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private boolean allowedByRobots(URI uri) throws FetchException {
    if (uri.getPath() != null && uri.getPath().equals("/robots.txt")) {
      return true;
    }
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    BaseRobotRules rules = robots.get(origin);
    if (rules == null) {
      rules = loadRobots(origin);
      robots.put(origin, rules);
      if (rules.getCrawlDelay() > 0) {
        politeness.crawlDelay(uri.getHost(), Duration.ofMillis(Math.min(rules.getCrawlDelay(), 60_000)));
      }
    }
    return rules.isAllowed(uri.toString());
  }

  private BaseRobotRules loadRobots(String origin) throws FetchException {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    String url = origin + "/robots.txt";
    try {
      URI uri = policy.check(url);
      Response r = politeness.run(uri.getHost(), () -> exchange(uri, null, null, Instant.now().plus(config.totalTimeout())));
      if (r.status == 200) {
        return parser.parseContent(url, r.body, "text/plain", List.of(robotName()));
      }
      return parser.failedFetch(r.status);
    } catch (FetchException e) {
      // Unreachable robots.txt: treat like a 5xx-free miss, which allows crawling.
      return parser.failedFetch(404);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted", e);
    }
  }

  private String robotName() {
    String ua = config.userAgent();
    int slash = ua.indexOf('/');
    return (slash > 0 ? ua.substring(0, slash) : ua.split("\\s")[0]).toLowerCase(Locale.ROOT);
  }

  private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").flatMap(v -> {
      String s = v.strip();
      if (s.matches("\\d+")) {
        return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(s)));
      }
      try {
        ZonedDateTime t = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(Instant.now(), t.toInstant());
        return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e) {
        return java.util.Optional.empty();
      }
    });
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
    client.close();
  }
}
