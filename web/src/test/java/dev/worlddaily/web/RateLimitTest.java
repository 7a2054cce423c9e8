package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-client limits on the API, against the real server on 127.0.0.1. */
class RateLimitTest {
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  static SiteConfig limited(int perMinute, String clientHeader) {
    return new SiteConfig("World Daily News", "http://127.0.0.1", 30, List.of(), "admin-secret-token", "push-secret", 1 << 20, Duration.ZERO,
        perMinute, clientHeader);
  }

  HttpResponse<String> get(SiteFixture site, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClientOverTheLimitGets429WithRetryAfterWhilePagesStayOpen() throws Exception {
    try (SiteFixture site = new SiteFixture(dir, limited(5, ""), null)) {
      site.newsroom();
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r = get(site, i % 2 == 0 ? "/api/v1/stories" : "/api/v1/search?q=quake");
        assertThat(r.statusCode()).as("request %d", i + 1).isEqualTo(200);
        assertThat(r.headers().firstValue("RateLimit-Policy")).hasValue("5;w=60");
      }
      HttpResponse<String> over = get(site, "/api/v1/stories/s-quake");
      assertThat(over.statusCode()).isEqualTo(429);
      assertThat(over.headers().firstValue("Retry-After")).hasValue("60");
      assertThat(new ObjectMapper().readTree(over.body()).get("error").asText())
          .isEqualTo("too many requests: at most 5 API requests per minute from one client");
      assertThat(over.headers().firstValue("Content-Security-Policy")).as("security headers on a refusal too").isPresent();
      assertThat(get(site, "/api/v1/admin/sources", "Authorization", "Bearer admin-secret-token").statusCode())
          .as("admin calls count against the same client").isEqualTo(429);
      assertThat(get(site, "/").statusCode()).as("pages are not limited").isEqualTo(200);
      assertThat(get(site, "/stories/s-quake").statusCode()).isEqualTo(200);
      assertThat(get(site, "/feed.xml").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void behindAProxyEachForwardedClientHasItsOwnBudget() throws Exception {
    try (SiteFixture site = new SiteFixture(dir, limited(2, "X-Forwarded-For"), null)) {
      site.newsroom();
      for (int i = 0; i < 2; i++) {
        assertThat(get(site, "/api/v1/front", "X-Forwarded-For", "198.51.100.7, 203.0.113.1").statusCode()).isEqualTo(200);
      }
      assertThat(get(site, "/api/v1/front", "X-Forwarded-For", "198.51.100.99, 203.0.113.1").statusCode())
          .as("the last hop is the client the proxy saw: same client").isEqualTo(429);
      assertThat(get(site, "/api/v1/front", "X-Forwarded-For", "203.0.113.2").statusCode()).as("another client").isEqualTo(200);
      assertThat(get(site, "/api/v1/front").statusCode()).as("no header: the peer address").isEqualTo(200);
    }
  }

  @Test
  void zeroTurnsTheLimitOff() throws Exception {
    try (SiteFixture site = new SiteFixture(dir, limited(0, ""), null)) {
      site.newsroom();
      for (int i = 0; i < 50; i++) {
        assertThat(get(site, "/api/v1/categories").statusCode()).isEqualTo(200);
      }
      assertThat(get(site, "/api/v1/categories").headers().firstValue("RateLimit-Policy")).isEmpty();
    }
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> limited(-1, "")).hasMessage("apiRequestsPerMinute must be >= 0 (0 for no limit): -1");
    assertThatThrownBy(() -> limited(10, "X-Forwarded-For: evil")).hasMessageStartingWith("clientAddressHeader must be a header name");
    assertThat(SiteConfig.defaults().apiRequestsPerMinute()).isEqualTo(600);
  }
}
