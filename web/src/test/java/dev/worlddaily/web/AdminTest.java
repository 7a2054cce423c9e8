package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.story.Story;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin pages and API: nothing without the token, then sources, feeds and re-synthesis. */
class AdminTest {
  static final String TOKEN = "admin-secret-token";
  @TempDir Path dir;
  SiteFixture site;
  Story quake;
  final List<String> resynthesized = new ArrayList<>();
  final HttpClient anonymous = HttpClient.newHttpClient();
  final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @BeforeEach
  void start() {
    // Re-synthesis here re-saves the story as a new version, as the pipeline would; the app's own test runs the real pipeline.
    StoryMaintenance maintenance = id -> {
      resynthesized.add(id);
      Story s = site.store.story(id).orElseThrow();
      Story next = s.toBuilder().version(s.version() + 1).updated(s.updated().plusSeconds(60)).build();
      site.store.saveStory(next, true);
      return next;
    };
    site = new SiteFixture(dir, SiteFixture.fullConfig(), null, maintenance);
    quake = site.newsroom();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  HttpResponse<String> send(HttpClient client, String method, String path, String form, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      typed |= headers[i].equals("Content-Type");
    }
    if (form != null && !typed) {
      b.header("Content-Type", "application/x-www-form-urlencoded");
    }
    b.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  String signIn() throws Exception {
    HttpResponse<String> r = send(browser, "POST", "/admin/login", "token=" + enc(TOKEN));
    assertThat(r.statusCode()).isEqualTo(303);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("wdn_admin=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    Document d = Jsoup.parse(send(browser, "GET", "/admin", null).body());
    return d.select("input[name=csrf]").first().attr("value");
  }

  @Test
  void nothingWithoutTheToken() throws Exception {
    assertThat(Jsoup.parse(send(anonymous, "GET", "/admin", null).body()).select("input[name=token]")).hasSize(1);
    HttpResponse<String> wrong = send(anonymous, "POST", "/admin/login", "token=admin-secret-tokeN");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(send(anonymous, "POST", "/admin/feeds", "url=https%3A%2F%2Fx.example%2Ffeed").statusCode()).isEqualTo(401);
    assertThat(send(anonymous, "GET", "/api/v1/admin/sources", null).statusCode()).isEqualTo(401);
    assertThat(send(anonymous, "GET", "/api/v1/admin/sources", null, "Authorization", "Bearer nope").statusCode()).isEqualTo(401);
    assertThat(send(anonymous, "GET", "/api/v1/admin/sources", null, "Cookie", "wdn_admin=99999999999.forged").statusCode()).isEqualTo(401);
    assertThat(send(anonymous, "GET", "/admin", null, "Cookie", "wdn_admin=99999999999.forged").body()).contains("name=\"token\"");
    assertThat(send(anonymous, "POST", "/api/v1/admin/stories/s-quake/resynthesize", null).statusCode()).isEqualTo(401);
    assertThat(resynthesized).isEmpty();
  }

  @Test
  void adminIsAbsentWithoutAConfiguredToken(@TempDir Path other) throws Exception {
    try (SiteFixture plain = new SiteFixture(other, SiteConfig.defaults(), null)) {
      for (String path : List.of("/admin", "/api/v1/admin/sources")) {
        assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(plain.url(path))).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
            .as(path).isEqualTo(404);
      }
    }
  }

  @Test
  void signedInAdminSeesSourcesAddsAndRemovesFeeds() throws Exception {
    String csrf = signIn();
    Document d = Jsoup.parse(send(browser, "GET", "/admin", null).body());
    assertThat(d.select(".sources-table .feed-url").eachText()).containsExactly("https://harbourledger.example/rss.xml");
    assertThat(d.select(".sources-table .state").text()).isEqualTo("ok");
    HttpResponse<String> stale = send(browser, "POST", "/admin/feeds", "url=" + enc("https://news.example.org/feed.xml") + "&csrf=wrong");
    assertThat(stale.statusCode()).isEqualTo(403);
    HttpResponse<String> added = send(browser, "POST", "/admin/feeds",
        "url=" + enc("https://news.example.org/feed.xml") + "&outlet=" + enc("Example News") + "&country=de&csrf=" + enc(csrf));
    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(added.headers().firstValue("Location").orElse("")).startsWith("/admin?added=");
    d = Jsoup.parse(send(browser, "GET", added.headers().firstValue("Location").orElseThrow(), null).body());
    assertThat(d.select("p.notice").text()).startsWith("Added source");
    assertThat(d.select(".sources-table .feed-url").eachText()).contains("https://news.example.org/feed.xml");
    assertThat(site.store.outlet("news.example.org").orElseThrow().country()).isEqualTo("DE");
    HttpResponse<String> bad = send(browser, "POST", "/admin/feeds", "url=" + enc("javascript:alert(1)") + "&csrf=" + enc(csrf));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.body()).select("p.notice").text()).contains("a feed is an http(s) URL");
    String id = site.store.feeds().stream().filter(f -> f.url().contains("news.example.org")).findFirst().orElseThrow().id();
    assertThat(send(browser, "POST", "/admin/feeds/" + id + "/remove", "csrf=" + enc(csrf)).statusCode()).isEqualTo(303);
    assertThat(site.store.feed(id)).isEmpty();
    assertThat(send(browser, "POST", "/admin/feeds/" + id + "/remove", "csrf=" + enc(csrf)).statusCode()).isEqualTo(400);
    assertThat(send(browser, "POST", "/admin/logout", "").statusCode()).isEqualTo(303);
    assertThat(send(browser, "GET", "/admin", null).body()).contains("name=\"token\"");
  }

  @Test
  void signedInAdminReSynthesizesAStory() throws Exception {
    String csrf = signIn();
    Document story = Jsoup.parse(send(browser, "GET", "/stories/s-quake-slug", null).body());
    assertThat(story.select("form.admin-inline button").text()).isEqualTo("Re-synthesize this story");
    assertThat(Jsoup.parse(send(anonymous, "GET", "/stories/s-quake-slug", null).body()).select("form.admin-inline")).isEmpty();
    HttpResponse<String> r = send(browser, "POST", "/admin/stories/resynthesize", "story=s-quake-slug&csrf=" + enc(csrf));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/admin?resynthesized=s-quake&version=3");
    assertThat(resynthesized).containsExactly("s-quake");
    assertThat(send(browser, "POST", "/admin/stories/resynthesize", "story=nope&csrf=" + enc(csrf)).body()).contains("no story with id nope");
  }

  @Test
  void adminApiWithTheBearerToken() throws Exception {
    String[] auth = {"Authorization", "Bearer " + TOKEN};
    HttpResponse<String> list = send(anonymous, "GET", "/api/v1/admin/sources", null, auth);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(list.body()).contains("\"state\":\"ok\"").contains("harbourledger.example/rss.xml");
    HttpResponse<String> added = send(anonymous, "POST", "/api/v1/admin/sources", "{\"url\":\"https://wire.example/feed\",\"outlet\":\"Wire\"}",
        "Content-Type", "application/json", auth[0], auth[1]);
    assertThat(added.statusCode()).isEqualTo(201);
    String id = site.store.feeds().stream().filter(f -> f.url().equals("https://wire.example/feed")).findFirst().orElseThrow().id();
    assertThat(send(anonymous, "POST", "/api/v1/admin/sources", "{\"url\":\"ftp://wire.example\"}", "Content-Type", "application/json", auth[0], auth[1])
        .statusCode()).isEqualTo(400);
    assertThat(send(anonymous, "POST", "/api/v1/admin/sources", "not json", "Content-Type", "application/json", auth[0], auth[1]).statusCode()).isEqualTo(400);
    assertThat(send(anonymous, "DELETE", "/api/v1/admin/sources/" + id, null, auth).statusCode()).isEqualTo(204);
    assertThat(send(anonymous, "DELETE", "/api/v1/admin/sources/" + id, null, auth).statusCode()).isEqualTo(404);
    HttpResponse<String> resyn = send(anonymous, "POST", "/api/v1/admin/stories/s-quake/resynthesize", null, auth);
    assertThat(resyn.statusCode()).isEqualTo(200);
    assertThat(resyn.body()).contains("\"version\":3");
    assertThat(send(anonymous, "POST", "/api/v1/admin/stories/nope/resynthesize", null, auth).statusCode()).isEqualTo(404);
  }

  @Test
  void tokensShorterThanTwelveCharactersAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteConfig.defaults().withTokens("short", null))
        .hasMessage("adminToken must have at least 12 characters: it has 5");
  }
}
