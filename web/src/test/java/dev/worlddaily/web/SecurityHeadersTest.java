package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.story.Story;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route the site registers (read from the router, so a new route cannot be forgotten),
 * each with and without the admin token, plus static files and unknown paths: every response
 * carries the security headers, and no HTML page needs inline script or style.
 */
class SecurityHeadersTest {
  @TempDir Path dir;
  SiteFixture site;
  Story quake;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    site = new SiteFixture(dir, SiteFixture.fullConfig(), body -> ArticleIntake.IntakeResult.rejected("test intake takes nothing"));
    quake = site.newsroom();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** A real value for each path parameter, so each route answers with its page, not only its 404. */
  String concrete(String path) {
    Map<String, String> values = Map.of(
        "{id}", path.startsWith("/articles") || path.startsWith("/api/v1/articles") ? quake.sources().get(0).articleId() : quake.id(),
        "{slug}", "world", "{name}", "Port%20Sarin", "{domain}", "harbourledger.example", "{date}", "2026-11-18", "{version}", "1");
    String out = path;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    assertThat(out).as("every path parameter has a value: " + path).doesNotContain("{");
    return out;
  }

  @Test
  void everyRouteAnswersWithTheSecurityHeaders() throws Exception {
    List<String> routes = site.web.routes();
    assertThat(routes).as("the router lists the site's routes").hasSizeGreaterThan(30).contains("GET /stories/{id}", "POST /api/v1/articles");
    List<String> visited = new ArrayList<>();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
        continue;
      }
      String path = concrete(route.substring(route.indexOf(' ') + 1));
      for (String auth : new String[] {null, "Bearer admin-secret-token"}) {
        HttpResponse<String> r = send(method, path, auth);
        check(route + (auth == null ? "" : " (admin)") + " -> " + r.statusCode(), r);
        visited.add(route);
      }
    }
    for (String path : List.of("/static/site.css", "/no-such-page", "/api/v1/no-such-route", "/stories/no-such-story", "/category/no-such-section",
        "/search?q=%27%22%3C", "/archive/not-a-date")) {
      HttpResponse<String> r = send("GET", path, null);
      check("GET " + path + " -> " + r.statusCode(), r);
    }
    assertThat(visited).hasSizeGreaterThanOrEqualTo(routes.size());
  }

  HttpResponse<String> send(String method, String path, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    if (hasBody) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, hasBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void check(String what, HttpResponse<String> r) {
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).as(what + ": Content-Security-Policy").contains("default-src 'self'").contains("script-src 'self'")
        .contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what + ": X-Content-Type-Options").hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).as(what + ": Referrer-Policy").hasValue("strict-origin-when-cross-origin");
    assertThat(r.headers().firstValue("X-Frame-Options")).as(what + ": X-Frame-Options").hasValue("DENY");
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
      Document d = Jsoup.parse(r.body());
      for (Element script : d.select("script")) {
        assertThat(script.hasAttr("src")).as(what + ": inline script " + script).isTrue();
      }
      assertThat(d.select("style")).as(what + ": inline style element").isEmpty();
      for (Element e : d.getAllElements()) {
        e.attributes().forEach(a -> assertThat(a.getKey()).as(what + ": event handler attribute on " + e.tagName()).doesNotStartWith("on"));
        assertThat(e.hasAttr("style")).as(what + ": style attribute on " + e.tagName()).isFalse();
      }
    }
  }
}
