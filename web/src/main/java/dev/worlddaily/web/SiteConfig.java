package dev.worlddaily.web;

import java.util.List;

/**
 * Settings of the site and API.
 *
 * @param name the site's name, shown in the masthead and feeds
 * @param baseUrl absolute URL the site is reached at, for feeds and canonical links (no trailing slash)
 * @param pageSize stories per page
 * @param corsOrigins origins allowed to call the API from browsers ("*" for any); empty for none
 * @param adminToken bearer token of the admin pages; null disables them
 * @param pushToken bearer token of {@code POST /api/v1/articles}; null disables it
 * @param maxRequestBytes largest request body accepted
 */
public record SiteConfig(
    String name, String baseUrl, int pageSize, List<String> corsOrigins, String adminToken, String pushToken, long maxRequestBytes) {

  public SiteConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    if (pageSize < 1 || pageSize > 200) {
      throw new IllegalArgumentException("pageSize must be in 1..200: " + pageSize);
    }
    corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
    adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    pushToken = pushToken == null || pushToken.isBlank() ? null : pushToken;
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be >= 1024: " + maxRequestBytes);
    }
  }

  public static SiteConfig defaults() {
    return new SiteConfig("World Daily News", "http://localhost:8080", 30, List.of(), null, null, 2L * 1024 * 1024);
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(name, url, pageSize, corsOrigins, adminToken, pushToken, maxRequestBytes);
  }
}
