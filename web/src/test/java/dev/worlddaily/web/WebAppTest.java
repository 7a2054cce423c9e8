package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page against the real server on 127.0.0.1 (the API, feeds and admin have their own tests). */
class WebAppTest {
  @TempDir Path dir;
  SiteFixture site;
  Story quake;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    site = new SiteFixture(dir, SiteFixture.fullConfig(), json -> ArticleIntake.IntakeResult.rejected("test intake takes nothing"));
    quake = site.newsroom();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  Document page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
    return Jsoup.parse(r.body(), site.url("/"));
  }

  @Test
  void homeListsPublishedStoriesOnlyWithStrictHeaders() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Server-Timing").orElse("")).matches("app;dur=\\d+\\.\\d\\d");
    Document d = Jsoup.parse(r.body());
    assertThat(d.select(".card-lead .card-headline").text()).isEqualTo("Earthquake kills at least 12 in Port Sarin");
    assertThat(r.body()).doesNotContain("Harbour council passes budget");
    assertThat(d.select("nav.sections a")).extracting(e -> e.text()).contains("Latest", "Trends", "Politics", "Culture");
    assertThat(d.select("a.skip").attr("href")).isEqualTo("#main");
    assertThat(d.select("link[rel=alternate][type=application/rss+xml]").attr("href")).isEqualTo("/feed.xml");
    assertThat(d.select("img").eachAttr("alt")).contains("Rescuers at dawn");
    assertThat(d.select("link[rel=stylesheet], script[src]").eachAttr("href") + d.select("script[src]").eachAttr("src").toString())
        .doesNotContain("http");
  }

  @Test
  void storyPageShowsTheWholeContractInOrder() throws Exception {
    String body = get("/stories/s-quake-slug").body();
    assertThat(body).containsSubsequence("World", "Port Sarin", "Earthquake kills at least 12", "Images from the reference sources",
        "A strong earthquake struck Port Sarin on Tuesday.", "Key points", "Quotes", "Figures", "sources differ", "Perspectives",
        "Timeline", "Coverage", "By country", "Sources", "Change log", "Related stories");
    Document d = Jsoup.parse(body);
    assertThat(d.select(".story-head .tags a").first().attr("href")).isEqualTo("/entities/Port%20Sarin");
    assertThat(d.select(".images figure img").eachAttr("alt")).containsExactly("Rescuers at dawn", "The harbour wall");
    assertThat(d.select(".images figcaption .credit").first().text()).isEqualTo("The Harbour Ledger / Photo: Ivo Renn");
    assertThat(d.select(".figures tr.conflict th").text()).contains("sources differ");
    assertThat(d.select(".coverage-chart").first().select("rect")).hasSize(2);
    assertThat(d.select(".coverage-chart figcaption").eachText()).containsExactly("By country", "By declared leaning");
    assertThat(d.select(".coverage .legend").text()).contains("New Zealand: The Harbour Ledger").contains("Canada: Valley Courier");
    assertThat(d.select(".coverage .notice")).isEmpty();
    assertThat(d.select(".sources a.outlet").first().attr("href")).isEqualTo("/outlets/harbourledger.example");
    assertThat(d.select(".changes li")).hasSize(2);
    assertThat(get("/stories/s-quake").statusCode()).isEqualTo(200);
    assertThat(get("/stories/no-such-story").statusCode()).isEqualTo(404);
  }

  @Test
  void citationMarksWorkWithoutJavaScript() throws Exception {
    Document d = page("/stories/s-quake-slug");
    var mark = d.select(".dek a.cite").first();
    String articleId = quake.sources().get(0).articleId();
    assertThat(mark.attr("href")).isEqualTo("/articles/" + articleId + "?from=0&to=49#cited");
    assertThat(mark.attr("title")).isEqualTo("The Harbour Ledger: A strong earthquake struck Port Sarin on Tuesday.");
    assertThat(mark.attr("data-quote")).isEqualTo("A strong earthquake struck Port Sarin on Tuesday.");
    assertThat(mark.attr("data-original")).isEqualTo("https://harbourledger.example/quake");
    assertThat(mark.attr("aria-label")).isEqualTo("Source 1, The Harbour Ledger");
  }

  @Test
  void singleSourceAndOneSidedStoriesSaySo() throws Exception {
    Document d = page("/stories/s-budget-slug");
    assertThat(d.select(".story-head .notice").text()).contains("Single-source story");
    assertThat(d.select(".coverage .notice").text()).contains("One-sided coverage");
  }

  @Test
  void articlePageMarksTheCitedSpan() throws Exception {
    String id = quake.sources().get(0).articleId();
    Document d = page("/articles/" + id + "?from=0&to=42");
    assertThat(d.select("mark#cited").text()).isEqualTo("A strong earthquake struck Port Sarin on T");
    assertThat(d.select(".byline a").eachAttr("href")).contains("https://harbourledger.example/quake", "/stories/s-quake-slug", "/outlets/harbourledger.example");
    assertThat(page("/articles/" + id + "?from=5&to=99999").select("mark")).isEmpty();
    assertThat(page("/articles/" + id + "?from=x").select("mark")).isEmpty();
    assertThat(get("/articles/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void categoryPagesListTheirSectionWithFeeds() throws Exception {
    Document world = page("/category/world");
    assertThat(world.select(".card-headline").text()).contains("Earthquake kills");
    assertThat(world.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/category/world/atom.xml");
    assertThat(world.select("nav.sections a.active").text()).isEqualTo("World");
    assertThat(page("/category/politics").select(".card")).isEmpty();
    assertThat(page("/category/world?page=99").select(".card")).isEmpty();
    assertThat(get("/category/nonsense").statusCode()).isEqualTo(404);
  }

  @Test
  void searchFindsByWordsAndFilters() throws Exception {
    assertThat(page("/search?q=earthquake").select(".result-count").text()).startsWith("1 story");
    assertThat(page("/search?q=earthquake&category=politics").select(".card")).isEmpty();
    assertThat(page("/search?q=earthquake&category=world").select(".card")).hasSize(1);
    assertThat(page("/search?outlet=valleycourier.example").select(".card-headline").text()).contains("Earthquake");
    assertThat(page("/search?entity=port+sarin").select(".card")).hasSize(1);
    assertThat(page("/search?q=earthquake&from=2026-11-18&to=2026-11-18").select(".card")).hasSize(1);
    assertThat(page("/search?q=earthquake&from=2026-11-19").select(".card")).isEmpty();
    Document bad = page("/search?q=earthquake&from=yesterday&category=nope");
    assertThat(bad.select(".notice").text()).contains("from must be a date").contains("unknown category");
    assertThat(page("/search?q=%27%3B+DROP+TABLE+stories%3B+--").select(".card")).isEmpty();
    Document form = page("/search?q=quake&category=world");
    assertThat(form.select("select[name=category] option[selected]").attr("value")).isEqualTo("world");
    assertThat(form.select("select[name=outlet] option").eachAttr("value")).contains("harbourledger.example", "valleycourier.example");
    assertThat(page("/search").select(".empty").text()).contains("Type words");
  }

  @Test
  void trendsShowRisingNamesWithSparklinesLinkedToStories() throws Exception {
    Document d = page("/trends");
    assertThat(d.select(".trend-name a").eachText()).contains("Port Sarin", "Tomas Ferreira");
    var portSarin = d.select(".trend").stream().filter(t -> t.select(".trend-name").text().equals("Port Sarin")).findFirst().orElseThrow();
    assertThat(portSarin.select("svg.spark polyline").attr("points").split(" ")).hasSize(7);
    assertThat(portSarin.select("svg.spark").attr("aria-label")).startsWith("Source articles per day, 12 Nov to 18 Nov: 0, 0, 0, 0, 0, 0, 2");
    assertThat(portSarin.select("ul a").attr("href")).isEqualTo("/stories/s-quake-slug");
    assertThat(portSarin.select(".trend-name a").attr("href")).isEqualTo("/entities/Port%20Sarin");
    assertThat(d.select("#topics-label").text()).isEqualTo("Rising topics");
  }

  @Test
  void entityPagesShowTypeSeriesCompanionsAndStories() throws Exception {
    Document d = page("/entities/Port%20Sarin");
    assertThat(d.select("h1").text()).isEqualTo("Port Sarin");
    assertThat(d.select(".profile .kicker").text()).isEqualTo("Place");
    assertThat(d.select(".profile svg.spark")).hasSize(1);
    assertThat(d.select(".profile a").eachText()).contains("Tomas Ferreira", "Chile");
    assertThat(d.select(".card-headline").text()).contains("Earthquake kills");
    assertThat(page("/entities/port%20sarin").select("h1").text()).isEqualTo("Port Sarin");
    assertThat(get("/entities/Nobody%20Here").statusCode()).isEqualTo(404);
  }

  @Test
  void outletPagesShowCountryFeedHealthArticlesAndStories() throws Exception {
    Document list = page("/outlets");
    assertThat(list.select("table.outlets a").eachText()).containsExactly("The Harbour Ledger", "Valley Courier");
    Document d = page("/outlets/harbourledger.example");
    assertThat(d.select("h1").text()).isEqualTo("The Harbour Ledger");
    assertThat(d.select(".facts").text()).contains("New Zealand").contains("center");
    assertThat(d.select(".health li").text()).contains("ok").contains("https://harbourledger.example/rss.xml").contains("12.5 items a day");
    assertThat(d.select(".articles a").eachText()).contains("Quake hits Port Sarin", "Harbour budget passes");
    assertThat(d.select(".card-headline").text()).contains("Earthquake kills");
    assertThat(page("/outlets/valleycourier.example").select(".empty").text()).contains("No feed of this outlet is polled");
    assertThat(get("/outlets/nobody.example").statusCode()).isEqualTo(404);
  }

  @Test
  void archiveListsDaysAndTheStoriesOfEach() throws Exception {
    Document index = page("/archive");
    assertThat(index.select(".days a").eachAttr("href")).containsExactly("/archive/2026-11-18");
    assertThat(index.select(".days").text()).contains("Wednesday 18 November 2026").contains("1 story");
    Document day = page("/archive/2026-11-18");
    assertThat(day.select(".card-headline").text()).contains("Earthquake kills");
    assertThat(day.select(".result-count a").eachAttr("href")).contains("/archive/2026-11-17", "/archive/2026-11-19");
    assertThat(page("/archive/2026-11-17").select(".card")).isEmpty();
    HttpResponse<String> go = get("/archive?date=2026-11-18");
    assertThat(go.statusCode()).isEqualTo(302);
    assertThat(go.headers().firstValue("Location")).hasValue("/archive/2026-11-18");
    assertThat(get("/archive/not-a-date").statusCode()).isEqualTo(404);
  }

  @Test
  void updatedStoriesKeepTheirPlaceAndNewVersion() throws Exception {
    // Read first, so a rendering of the earlier version is cached: the update must still show.
    assertThat(page("/stories/s-quake-slug").select("h1").text()).isEqualTo(quake.headline());
    Story v3 = quake.toBuilder().version(3).headline("Earthquake kills 14 in Port Sarin").updated(SiteFixture.T0.plusSeconds(1800)).build();
    site.store.saveStory(v3, true);
    site.index.indexStory(v3, true);
    site.index.commit();
    Document d = page("/stories/s-quake-slug");
    assertThat(d.select("h1").text()).isEqualTo("Earthquake kills 14 in Port Sarin");
    assertThat(d.select(".byline").text()).contains("Version 3");
  }

  @Test
  void staticFilesAndUnknownPages() throws Exception {
    assertThat(get("/static/site.css").statusCode()).isEqualTo(200);
    assertThat(get("/static/site.css").body()).contains("prefers-color-scheme: dark").doesNotContain("@import").doesNotContain("url(http");
    assertThat(get("/static/site.js").body()).contains("cite-card");
    assertThat(get("/static/favicon.svg").statusCode()).isEqualTo(200);
    assertThat(get("/healthz").body()).isEqualTo("ok");
    assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
    assertThat(get("/no/such/page").body()).contains("There is no page at this address");
  }

  @Test
  void everySectionPageRenders() throws Exception {
    for (Category c : Category.values()) {
      assertThat(page("/category/" + c.slug()).select("h1").text()).isEqualTo(c.label());
    }
  }
}
