package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Change;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Relation;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryImage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile source text must reach no page, feed or API response as markup: a source article whose
 * title, author, image caption, image URL and body carry {@code <script>}, {@code onerror=} and
 * {@code javascript:} links, from an outlet whose name does too, in a story whose headline, tags,
 * quotes, related headlines and change log repeat them.
 */
class XssTest {
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String LINK = "<a href=\"javascript:alert(3)\">click</a>";
  static final String TAG = "Evil " + SCRIPT;
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void scriptsHandlersAndJavascriptUrlsNeverReachAPageFeedOrApiResponse() throws Exception {
    try (SiteFixture site = new SiteFixture(dir, SiteFixture.fullConfig(), null)) {
      Outlet evil = new Outlet("Evil " + SCRIPT + " Times", "evil.example", "XX", "en", IMG, LINK);
      AnnotatedArticle a = SiteFixture.article(evil, "x", SCRIPT + " Headline " + LINK, IMG + " Ann " + SCRIPT, IMG + " caption " + LINK, SiteFixture.T0,
          SCRIPT + " A " + LINK + " text " + IMG + ". More " + SCRIPT + ".");
      Article withBadImage = a.article().toBuilder()
          .images(List.of(ArticleImage.of("javascript:alert(4)", IMG + " caption", SCRIPT), ArticleImage.of("data:text/html,<script>alert(5)</script>", "c", "c")))
          .build();
      a = new AnnotatedArticle(withBadImage, a.annotations());
      AnnotatedArticle b = SiteFixture.article(Outlet.ofDomain("plain.example"), "y", "Plain", "Ann Lee", "fine", SiteFixture.T0, "Plain text here. More.");
      Story s = site.story("s-x", SCRIPT + " Story " + IMG, Category.WORLD, SiteFixture.T0, a, b);
      Story hostile = s.toBuilder().tags(List.of(TAG, "Port Sarin"))
          .images(List.of(new StoryImage("javascript:alert(6)", IMG, SCRIPT, a.id()), s.images().get(0)))
          .related(List.of(new Related("s-x", LINK + " related " + SCRIPT, Relation.BACKGROUND)))
          .changes(List.of(new Change(1, SiteFixture.T0, SCRIPT + " first " + IMG)))
          .build();
      site.store.saveStory(hostile, true);
      site.index.indexStory(hostile, true);
      site.index.commit();
      site.store.saveFeed(Feed.of("https://evil.example/feed?x=" + SCRIPT.replace(" ", "%20"), evil));
      String token = "Bearer admin-secret-token";
      List<String> pages = List.of("/", "/stories/s-x", "/articles/" + a.id(), "/articles/" + a.id() + "?from=0&to=30", "/search?q=script",
          "/search?q=" + enc(SCRIPT), "/search?entity=" + enc(TAG) + "&outlet=evil.example", "/trends", "/category/world",
          "/entities/" + enc(TAG), "/outlets", "/outlets/evil.example", "/archive", "/archive/2026-11-18", "/admin", "/no/" + enc(SCRIPT));
      List<String> feeds = List.of("/feed.xml", "/atom.xml", "/category/world/feed.xml", "/category/world/atom.xml");
      List<String> api = List.of("/api/v1/stories", "/api/v1/stories/s-x", "/api/v1/front", "/api/v1/articles/" + a.id(), "/api/v1/search?q=script",
          "/api/v1/trends", "/api/v1/entities/" + enc(TAG), "/api/v1/outlets", "/api/v1/outlets/evil.example", "/api/v1/archive/2026-11-18",
          "/api/v1/admin/sources", "/api/v1/stories/" + enc(SCRIPT));
      List<String> checked = new ArrayList<>();
      for (String path : pages) {
        String body = get(site, path, token).body();
        checkPage(path, body);
        checked.add(path);
      }
      // The admin dashboard is checked signed in (the bearer header above), and its hostile rows are really there.
      assertThat(get(site, "/admin", token).body()).contains("&lt;script&gt;");
      for (String path : feeds) {
        checkFeed(path, get(site, path, null).body());
      }
      for (String path : api) {
        String body = get(site, path, token).body();
        assertThat(body).as(path).doesNotContain("<").doesNotContain(">");
      }
      assertThat(get(site, "/api/v1/stories/s-x", null).body()).containsIgnoringCase("\\u003cscript\\u003e");
      assertThat(checked).hasSize(pages.size());
    }
  }

  private static String enc(String s) {
    return Format.encode(s);
  }

  private HttpResponse<String> get(SiteFixture site, String path, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void checkPage(String path, String body) {
    assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<a href=\"javascript:");
    Document doc = Jsoup.parse(body);
    assertThat(doc.select("script")).as(path).allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/static/site.js"));
    for (Element e : doc.getAllElements()) {
      for (Attribute attr : e.attributes()) {
        assertThat(attr.getKey()).as(path + " " + e.tagName()).doesNotStartWithIgnoringCase("on");
        if (List.of("href", "src", "action", "data-original", "formaction", "srcset").contains(attr.getKey())) {
          String v = attr.getValue().strip().toLowerCase(Locale.ROOT);
          assertThat(v).as(path + " " + e.tagName() + "@" + attr.getKey()).doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
        }
      }
    }
  }

  private static void checkFeed(String path, String body) throws Exception {
    assertThat(body).as(path).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a ");
    SyndFeedInput in = new SyndFeedInput();
    in.setAllowDoctypes(false);
    SyndFeed feed = in.build(new StringReader(body));
    assertThat(feed.getEntries()).as(path).isNotEmpty();
    for (SyndEntry e : feed.getEntries()) {
      // A reader may take titles and descriptions as HTML: as HTML they must still be only text.
      assertThat(Jsoup.parseBodyFragment(e.getTitle()).body().children()).as(path + " title").isEmpty();
      if (e.getDescription() != null) {
        Document d = Jsoup.parseBodyFragment(e.getDescription().getValue());
        assertThat(d.body().children()).as(path + " description " + e.getDescription().getValue()).isEmpty();
      }
    }
  }
}
