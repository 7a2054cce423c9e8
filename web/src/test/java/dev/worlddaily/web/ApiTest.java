package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API: every route, the contract's fields, pagination, ETags, CORS and the push endpoint. */
class ApiTest {
  @TempDir Path dir;
  SiteFixture site;
  Story quake;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() {
    site = new SiteFixture(dir, SiteFixture.fullConfig(), body -> ArticleIntake.IntakeResult.rejected("test intake takes nothing"));
    quake = site.newsroom();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
    assertThat(r.headers().firstValue("ETag").orElse("")).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
    return json.readTree(r.body());
  }

  @Test
  void storiesFollowTheContract() throws Exception {
    JsonNode list = ok("/api/v1/stories");
    assertThat(list.get("total").asInt()).isEqualTo(1);
    JsonNode s = list.get("stories").get(0);
    for (String field : List.of("id", "slug", "version", "firstSeen", "updated", "headline", "dek", "dekCitations", "category", "tags", "entities",
        "body", "keyPoints", "quotes", "figures", "perspectives", "timeline", "images", "sources", "coverage", "related", "changes")) {
      assertThat(s.has(field)).as(field).isTrue();
    }
    assertThat(s.get("dekCitations").get(0).fieldNames()).toIterable().containsExactly("articleId", "start", "end");
    assertThat(s.get("category").asText()).isEqualTo("World");
    assertThat(ok("/api/v1/stories?all=true").get("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/v1/stories?category=politics&all=true").get("stories").get(0).get("id").asText()).isEqualTo("s-budget");
    JsonNode one = ok("/api/v1/stories/s-quake");
    assertThat(one.get("figures").get(0).get("conflict").asBoolean()).isTrue();
    assertThat(ok("/api/v1/stories/s-quake-slug").get("id").asText()).isEqualTo("s-quake");
    assertThat(ok("/api/v1/stories/s-quake/versions/2").get("version").asInt()).isEqualTo(2);
    assertThat(get("/api/v1/stories/s-quake/versions/7").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/stories/s-quake/versions/x").statusCode()).isEqualTo(400);
    JsonNode article = ok("/api/v1/articles/" + quake.sources().get(0).articleId());
    int end = s.get("dekCitations").get(0).get("end").asInt();
    assertThat(article.get("text").asText().substring(0, end)).isEqualTo(s.get("dek").asText());
  }

  @Test
  void everyPageHasItsJson() throws Exception {
    assertThat(ok("/api/v1/front").get("stories").get(0).get("id").asText()).isEqualTo("s-quake");
    assertThat(ok("/api/v1/categories").get("categories")).hasSize(Category.values().length);
    assertThat(ok("/api/v1/categories").get("categories").get(1).get("rss").asText()).isEqualTo("/category/world/feed.xml");
    JsonNode trends = ok("/api/v1/trends");
    assertThat(trends.get("lastDay").asText()).isEqualTo("2026-11-18");
    JsonNode port = null;
    for (JsonNode t : trends.get("entities")) {
      port = t.get("name").asText().equals("Port Sarin") ? t : port;
    }
    assertThat(port).isNotNull();
    assertThat(port.get("daily")).hasSize(7);
    assertThat(port.get("stories").get(0).get("id").asText()).isEqualTo("s-quake");
    JsonNode entity = ok("/api/v1/entities/Port%20Sarin");
    assertThat(entity.get("type").asText()).isEqualTo("PLACE");
    assertThat(entity.get("total").asInt()).isEqualTo(1);
    assertThat(entity.get("daily").get(6).asInt()).isEqualTo(2);
    assertThat(ok("/api/v1/outlets").get("outlets")).hasSize(2);
    JsonNode outlet = ok("/api/v1/outlets/harbourledger.example");
    assertThat(outlet.get("outlet").get("country").asText()).isEqualTo("NZ");
    assertThat(outlet.get("feeds").get(0).get("state").asText()).isEqualTo("ok");
    assertThat(outlet.get("articles")).hasSize(2);
    assertThat(ok("/api/v1/archive/2026-11-18").get("stories")).hasSize(1);
    assertThat(get("/api/v1/archive/someday").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/entities/Nobody").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/outlets/nobody.example").statusCode()).isEqualTo(404);
  }

  @Test
  void searchTakesTheFiltersOfTheSearchPage() throws Exception {
    assertThat(ok("/api/v1/search?q=earthquake").get("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/v1/search?q=earthquake&category=politics").get("total").asInt()).isZero();
    assertThat(ok("/api/v1/search?entity=Port%20Sarin&outlet=valleycourier.example&from=2026-11-18&to=2026-11-18").get("total").asInt()).isEqualTo(1);
    HttpResponse<String> bad = get("/api/v1/search?q=x&from=soon");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("error").asText()).contains("from must be a date");
  }

  @Test
  void listsArePaginatedWithNextLinks() throws Exception {
    for (int i = 0; i < 5; i++) {
      AnnotatedArticle a = SiteFixture.article(SiteFixture.LEDGER, "extra" + i, "Extra " + i, "Mara Quell", "c", SiteFixture.T0, "Extra story number " + i + ". More.");
      AnnotatedArticle b = SiteFixture.article(SiteFixture.COURIER, "extra-b" + i, "Extra b " + i, "Ivo Renn", "c", SiteFixture.T0, "Extra report number " + i + ". More.");
      site.story("s-extra" + i, "Extra " + i, Category.SCIENCE, SiteFixture.T0.minusSeconds(60L * i), a, b);
    }
    List<String> seen = new ArrayList<>();
    String next = "/api/v1/stories?limit=2";
    int pages = 0;
    while (next != null && pages++ < 10) {
      HttpResponse<String> r = get(next);
      JsonNode page = json.readTree(r.body());
      page.get("stories").forEach(s -> seen.add(s.get("id").asText()));
      next = page.hasNonNull("next") ? page.get("next").asText() : null;
      if (next != null) {
        assertThat(r.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
      }
    }
    assertThat(seen).hasSize(6).doesNotHaveDuplicates();
    JsonNode search = ok("/api/v1/search?q=extra&limit=2&offset=2");
    assertThat(search.get("total").asInt()).isEqualTo(5);
    assertThat(search.get("stories")).hasSize(2);
    assertThat(search.get("next").asText()).contains("offset=4").contains("q=extra");
    assertThat(get("/api/v1/stories?limit=0").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/stories?limit=201").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/stories?offset=-1").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/stories?limit=many").body()).contains("limit must be a number");
  }

  @Test
  void etagsAnswerConditionalRequests() throws Exception {
    HttpResponse<String> first = get("/api/v1/stories/s-quake");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(get("/api/v1/stories/s-quake", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/api/v1/stories/s-quake", "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
    assertThat(get("/api/v1/stories/s-quake", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    Story v3 = quake.toBuilder().version(3).updated(SiteFixture.T0.plusSeconds(5000)).build();
    site.store.saveStory(v3, true);
    assertThat(get("/api/v1/stories/s-quake", "If-None-Match", etag).statusCode()).isEqualTo(200);
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
    HttpResponse<String> allowed = get("/api/v1/stories", "Origin", "https://reader.example");
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://reader.example");
    assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");
    assertThat(get("/api/v1/stories", "Origin", "https://evil.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/stories")))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://reader.example")
        .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isLessThan(300);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://reader.example");
    assertThat(get("/", "Origin", "https://reader.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void corsIsOffUnlessConfigured(@TempDir Path other) throws Exception {
    try (SiteFixture plain = new SiteFixture(other, SiteConfig.defaults(), null)) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(plain.url("/api/v1/stories"))).header("Origin", "https://reader.example").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(http.send(HttpRequest.newBuilder(URI.create(plain.url("/api/v1/articles"))).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void openApiDescribesEveryApiRoute() throws Exception {
    JsonNode doc = ok("/api/v1/openapi.json");
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo("http://127.0.0.1");
    assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/v1/front", "/api/v1/stories", "/api/v1/stories/{id}",
        "/api/v1/stories/{id}/versions/{version}", "/api/v1/articles/{id}", "/api/v1/categories", "/api/v1/search", "/api/v1/trends",
        "/api/v1/entities/{name}", "/api/v1/outlets", "/api/v1/outlets/{domain}", "/api/v1/archive/{date}", "/api/v1/admin/sources",
        "/api/v1/admin/sources/{id}", "/api/v1/admin/stories/{id}/resynthesize");
    assertThat(doc.get("components").get("schemas").get("Story").get("properties").fieldNames()).toIterable()
        .contains("dekCitations", "perspectives", "coverage", "changes");
  }

  @Test
  void pushNeedsTheToken() throws Exception {
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles"))).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles"))).header("Authorization", "Bearer push-secreT")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);
    // A fresh client: the JDK's client would not send a caller's Authorization again to a URI that answered 401.
    HttpResponse<String> authed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles"))).header("Authorization", "Bearer push-secret")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(authed.statusCode()).isEqualTo(400);
    assertThat(authed.body()).contains("test intake takes nothing");
  }

  @Test
  void errorsAreJson() throws Exception {
    HttpResponse<String> r = get("/api/v1/stories/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json.readTree(r.body()).get("error").asText()).isEqualTo("no such story");
    assertThat(get("/api/v1/nothing-here").body()).startsWith("{\"error\"");
  }
}
