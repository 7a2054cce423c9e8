package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page and API route against the real server on 127.0.0.1. */
class WebAppTest {
  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static final Outlet COURIER = new Outlet("Valley Courier", "valleycourier.example", "CA", "en", "left", "nonprofit");
  @TempDir Path dir;
  SiteFixture site;
  Story quake;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    SiteConfig config = new SiteConfig("World Daily News", "http://127.0.0.1", 30, List.of("*"), "admin-secret-token", "push-secret", 1 << 20, java.time.Duration.ZERO);
    site = new SiteFixture(dir, config, json -> ArticleIntake.IntakeResult.rejected("test intake takes nothing"));
    AnnotatedArticle a = SiteFixture.article(LEDGER, "quake", "Quake hits Port Sarin", "Mara Quell", "Rescuers at dawn", SiteFixture.T0,
        "A strong earthquake struck Port Sarin on Tuesday. Fourteen people died.");
    AnnotatedArticle b = SiteFixture.article(COURIER, "sarin", "Port Sarin shaken", "Ivo Renn", "The harbour wall", SiteFixture.T0.plusSeconds(600),
        "Rescuers in Port Sarin searched through the night. Twelve deaths were confirmed.");
    quake = site.story("s-quake", "Earthquake kills at least 12 in Port Sarin", Category.WORLD, SiteFixture.T0.plusSeconds(900), a, b);
    AnnotatedArticle c = SiteFixture.article(LEDGER, "budget", "Harbour budget passes", "Mara Quell", "Council chamber", SiteFixture.T0,
        "The harbour council passed its budget on Monday. The vote was close.");
    site.story("s-budget", "Harbour council passes budget", Category.POLITICS, SiteFixture.T0, c);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void homeListsPublishedStoriesOnly() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(r.body()).contains("World Daily News").contains("Earthquake kills at least 12 in Port Sarin").doesNotContain("Harbour council passes budget");
  }

  @Test
  void storyPageShowsTheWholeContractInOrder() throws Exception {
    String body = get("/stories/s-quake-slug").body();
    assertThat(body).containsSubsequence("World", "Port Sarin", "Earthquake kills at least 12", "Images from the reference sources",
        "A strong earthquake struck Port Sarin on Tuesday.", "Key points", "Quotes", "Figures", "sources differ", "Timeline",
        "Coverage", "Sources", "Change log", "Related stories");
    assertThat(body).contains("class=\"cite\"").contains("/articles/" + quake.sources().get(0).articleId() + "?from=0&amp;to=");
    assertThat(get("/stories/s-quake").statusCode()).isEqualTo(200);
    assertThat(get("/stories/s-budget-slug").body()).contains("Single-source story");
  }

  @Test
  void articlePageMarksTheCitedSpan() throws Exception {
    String id = quake.sources().get(0).articleId();
    String body = get("/articles/" + id + "?from=0&to=42").body();
    assertThat(body).contains("<mark id=\"cited\" tabindex=\"-1\">A strong earthquake struck Port Sarin on T</mark>");
  }

  @Test
  void categorySearchTrendsAndFeeds() throws Exception {
    assertThat(get("/category/world").body()).contains("Earthquake kills");
    assertThat(get("/category/nonsense").statusCode()).isEqualTo(404);
    assertThat(get("/search?q=earthquake").body()).contains("Earthquake kills").contains("1 story");
    assertThat(get("/search?q=%27%3B+DROP+TABLE+stories%3B+--").statusCode()).isEqualTo(200);
    assertThat(get("/trends").body()).contains("Port Sarin").contains("<polyline");
    String rss = get("/feed.xml").body();
    assertThat(rss).contains("<guid isPermaLink=\"false\">urn:wdn:story:s-quake</guid>");
    assertThat(get("/atom.xml").body()).contains("<id>urn:wdn:story:s-quake</id>");
    assertThat(get("/category/world/feed.xml").body()).contains("Earthquake kills");
  }

  @Test
  void apiFollowsTheContract() throws Exception {
    HttpResponse<String> list = get("/api/v1/stories");
    assertThat(list.body()).contains("\"stories\":[").contains("\"headline\":\"Earthquake kills at least 12 in Port Sarin\"");
    String etag = list.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/stories"))).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(get("/api/v1/stories/s-quake").body()).contains("\"dekCitations\":[{\"articleId\"").contains("\"conflict\":true");
    assertThat(get("/api/v1/articles/" + quake.sources().get(0).articleId()).body()).contains("\"text\":\"A strong earthquake struck Port Sarin");
    assertThat(get("/api/v1/stories?limit=0").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/stories/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/stories/nope").body()).startsWith("{\"error\"");
  }

  @Test
  void pushNeedsTheToken() throws Exception {
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles"))).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> authed = http.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles"))).header("Authorization", "Bearer push-secret")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(authed.statusCode()).isEqualTo(400);
    assertThat(authed.body()).contains("test intake takes nothing");
  }

  @Test
  void staticFilesAndUnknownPages() throws Exception {
    assertThat(get("/static/site.css").statusCode()).isEqualTo(200);
    assertThat(get("/static/site.js").body()).contains("cite-card");
    assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
    assertThat(get("/no/such/page").body()).contains("There is no page at this address");
  }
}
