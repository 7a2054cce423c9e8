package dev.worlddaily.web;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the site and API.
 *
 * @param name the site's name, shown in the masthead and feeds
 * @param baseUrl absolute URL the site is reached at, for feeds and canonical links (no trailing slash)
 * @param pageSize stories per page
 * @param corsOrigins origins allowed to call the API from browsers ("*" for any); empty for none
 * @param adminToken secret of the admin pages and admin API (at least 12 characters); null disables them
 * @param pushToken bearer token of {@code POST /api/v1/articles}; null disables it
 * @param maxRequestBytes largest request body accepted
 * @param trendsRefresh how old the trends may get before they are recomputed in the background;
 *     zero recomputes them on every request (for tests)
 * @param apiRequestsPerMinute requests one client may make under {@code /api/} per minute (the
 *     429 answer says when to retry); 0 for no limit
 * @param clientAddressHeader a header set by a reverse proxy in front of the site whose last
 *     entry is the client's address (e.g. {@code X-Forwarded-For}), or empty to take the peer's
 *     address; it decides who a "client" is for the rate limit
 */
public record SiteConfig(
    String name, String baseUrl, int pageSize, List<String> corsOrigins, String adminToken, String pushToken, long maxRequestBytes,
    Duration trendsRefresh, int apiRequestsPerMinute, String clientAddressHeader) {
  static final int MIN_ADMIN_TOKEN_CHARS = 12;
  static final int DEFAULT_API_REQUESTS_PER_MINUTE = 600;

  /** Settings with the default rate limit (600 API requests per client and minute, by peer address). */
  public SiteConfig(
      String name, String baseUrl, int pageSize, List<String> corsOrigins, String adminToken, String pushToken, long maxRequestBytes,
      Duration trendsRefresh) {
    this(name, baseUrl, pageSize, corsOrigins, adminToken, pushToken, maxRequestBytes, trendsRefresh, DEFAULT_API_REQUESTS_PER_MINUTE, "");
  }

  public SiteConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    if (!baseUrl.isEmpty() && !baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
    }
    if (pageSize < 1 || pageSize > 200) {
      throw new IllegalArgumentException("pageSize must be in 1..200: " + pageSize);
    }
    corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
    for (String o : corsOrigins) {
      if (!o.equals("*") && !o.startsWith("http://") && !o.startsWith("https://")) {
        throw new IllegalArgumentException("corsOrigins must be * or http(s) origins: " + o);
      }
    }
    adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
    if (adminToken != null && adminToken.length() < MIN_ADMIN_TOKEN_CHARS) {
      throw new IllegalArgumentException("adminToken must have at least " + MIN_ADMIN_TOKEN_CHARS + " characters: it has " + adminToken.length());
    }
    pushToken = pushToken == null || pushToken.isBlank() ? null : pushToken.strip();
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be >= 1024: " + maxRequestBytes);
    }
    trendsRefresh = trendsRefresh == null ? Duration.ofMinutes(1) : trendsRefresh;
    if (trendsRefresh.isNegative()) {
      throw new IllegalArgumentException("trendsRefresh must be >= 0: " + trendsRefresh);
    }
    if (apiRequestsPerMinute < 0) {
      throw new IllegalArgumentException("apiRequestsPerMinute must be >= 0 (0 for no limit): " + apiRequestsPerMinute);
    }
    clientAddressHeader = clientAddressHeader == null ? "" : clientAddressHeader.strip();
    if (!clientAddressHeader.matches("[A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("clientAddressHeader must be a header name: " + clientAddressHeader);
    }
  }

  public static SiteConfig defaults() {
    return new SiteConfig("World Daily News", "http://localhost:8080", 30, List.of(), null, null, 2L * 1024 * 1024, Duration.ofMinutes(1));
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(name, url, pageSize, corsOrigins, adminToken, pushToken, maxRequestBytes, trendsRefresh, apiRequestsPerMinute, clientAddressHeader);
  }

  public SiteConfig withTokens(String admin, String push) {
    return new SiteConfig(name, baseUrl, pageSize, corsOrigins, admin, push, maxRequestBytes, trendsRefresh, apiRequestsPerMinute, clientAddressHeader);
  }

  public SiteConfig withCorsOrigins(List<String> origins) {
    return new SiteConfig(name, baseUrl, pageSize, origins, adminToken, pushToken, maxRequestBytes, trendsRefresh, apiRequestsPerMinute, clientAddressHeader);
  }

  public SiteConfig withTrendsRefresh(Duration refresh) {
    return new SiteConfig(name, baseUrl, pageSize, corsOrigins, adminToken, pushToken, maxRequestBytes, refresh, apiRequestsPerMinute, clientAddressHeader);
  }

  /** The same settings with another API rate limit (0 for none). */
  public SiteConfig withApiRequestsPerMinute(int perMinute) {
    return new SiteConfig(name, baseUrl, pageSize, corsOrigins, adminToken, pushToken, maxRequestBytes, trendsRefresh, perMinute, clientAddressHeader);
  }

  /** True when the site is served over https, so cookies can be marked Secure. */
  boolean secure() {
    return baseUrl.startsWith("https://");
  }
}
