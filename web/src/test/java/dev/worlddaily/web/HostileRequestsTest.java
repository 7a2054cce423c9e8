package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests to the real site on 127.0.0.1: SQL and query-syntax metacharacters in
 * searches, path traversal in URLs, oversized bodies, headers and URLs. Each gets a 4xx with a
 * one-line reason (or an ordinary answer), never a 500, and the stored stories stay readable.
 */
class HostileRequestsTest {
  @TempDir Path dir;
  SiteFixture site;
  final HttpClient http = HttpClient.newHttpClient();
  final AtomicInteger intakeCalls = new AtomicInteger();

  @BeforeEach
  void start() {
    site = new SiteFixture(dir, SiteFixture.fullConfig(), body -> {
      intakeCalls.incrementAndGet();
      return ArticleIntake.IntakeResult.rejected("test intake takes nothing");
    });
    site.newsroom();
  }

  @AfterEach
  void storiesSurvive() throws Exception {
    try {
      HttpResponse<String> r = get("/api/v1/search?q=earthquake");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("s-quake");
      assertThat(site.store.storyCount(true)).isEqualTo(2);
      assertThat(site.store.articleCount()).isEqualTo(3);
    } finally {
      site.close();
    }
  }

  HttpResponse<String> get(String rawPath) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(site.url(rawPath))).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void sqlAndQuerySyntaxMetacharactersInSearchesAreJustText() throws Exception {
    List<String> hostile = List.of("' OR 1=1 --", "\"; DROP TABLE stories; --", "quake' UNION SELECT * FROM articles --", "*", "?", "title:(",
        "\\", "AND OR NOT", "quake~", "[a TO", "{* TO *}", "%", "_", "\u0000", "(((((((", "/.*/", "+-&&||!(){}[]^\"~*?:\\/", "quake\" OR \"1\"=\"1",
        "x".repeat(5000), "NEAR(quake harbour)", "quake*", "-", "\u202e\u0000\uFFFF");
    for (String q : hostile) {
      for (String path : List.of("/search?q=", "/api/v1/search?q=")) {
        HttpResponse<String> r = get(path + enc(q));
        assertThat(r.statusCode()).as(path + q).isIn(200, 400);
        if (r.statusCode() == 400 && path.startsWith("/api")) {
          assertThat(r.body()).as(q).startsWith("{\"error\":").doesNotContain("\n");
        }
      }
    }
    assertThat(get("/api/v1/search?q=" + enc("' OR 1=1 --")).body()).as("the query is echoed as text").contains("\"query\":\"\\u0027 OR 1=1 --\"");
  }

  @Test
  void pathTraversalInUrlsReachesNothingOutsideTheSite() throws Exception {
    for (String path : List.of("/static/../wdn.db", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/%252e%252e/wdn.db", "/static//etc/passwd", "/articles/..%2F..%2Fetc%2Fpasswd", "/stories/%2e%2e%2f%2e%2e%2fwdn.db",
        "/api/v1/articles/..%2f..%2fwdn.db", "/static/site.css%00.jpg", "/..;/wdn.db")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isBetween(400, 404);
      assertThat(r.body()).as(path).doesNotContain("root:x:0").doesNotContain("SQLite format");
    }
  }

  @Test
  void oversizedRequestsAreRefusedBeforeAnyWork() throws Exception {
    String big = "{\"url\":\"https://x.example/a\",\"text\":\"" + "a".repeat(1 << 20) + "\"}";
    HttpResponse<String> push = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles"))).header("Authorization", "Bearer push-secret")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(push.statusCode()).as(push.body()).isEqualTo(413);
    assertThat(push.body()).startsWith("{\"error\":").doesNotContain("\n");
    assertThat(intakeCalls).as("the body never reached the intake").hasValue(0);

    HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/admin/sources"))).header("Authorization", "Bearer admin-secret-token")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + "b".repeat(2 << 20) + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(admin.statusCode()).isEqualTo(413);

    HttpResponse<String> longUrl = get("/search?q=" + "q".repeat(200_000));
    assertThat(longUrl.statusCode()).isIn(400, 414, 431);
    HttpResponse<String> bigHeader = http.send(HttpRequest.newBuilder(URI.create(site.url("/"))).header("X-Filler", "h".repeat(100_000)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(bigHeader.statusCode()).isEqualTo(431);
  }
}
