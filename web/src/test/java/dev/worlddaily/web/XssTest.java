package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile source text must reach no page or feed as markup. */
class XssTest {
  @TempDir Path dir;

  @Test
  void scriptsHandlersAndJavascriptUrlsNeverReachAPageOrFeed() throws Exception {
    try (SiteFixture site = new SiteFixture(dir, SiteConfig.defaults().withTrendsRefresh(java.time.Duration.ZERO), null)) {
      Outlet evil = new Outlet("Evil <script>alert(1)</script> Times", "evil.example", "XX", "en", null, null);
      AnnotatedArticle a = SiteFixture.article(evil, "x", "<script>alert('t')</script> Headline", "<img src=x onerror=alert(1)>",
          "<img src=x onerror=alert(2)> caption", SiteFixture.T0,
          "<script>alert('body')</script> A <a href=\"javascript:alert(3)\">link</a> text. More.");
      AnnotatedArticle b = SiteFixture.article(Outlet.ofDomain("plain.example"), "y", "Plain", "Ann Lee", "fine", SiteFixture.T0, "Plain text here. More.");
      site.story("s-x", "<script>alert('h')</script> Story", Category.WORLD, SiteFixture.T0, a, b);
      HttpClient http = HttpClient.newHttpClient();
      for (String path : new String[] {"/", "/stories/s-x", "/articles/" + a.id(), "/search?q=script", "/feed.xml", "/atom.xml", "/trends", "/category/world", "/api/v1/stories"}) {
        String body = http.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<a href=\"javascript:");
        if (!path.endsWith(".xml") && !path.startsWith("/api/")) {
          Document doc = Jsoup.parse(body);
          assertThat(doc.select("script")).as(path).allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/static/site.js"));
          for (Element e : doc.getAllElements()) {
            for (Attribute attr : e.attributes()) {
              assertThat(attr.getKey()).as(path).doesNotStartWithIgnoringCase("on");
              if (attr.getKey().equals("href") || attr.getKey().equals("src")) {
                assertThat(attr.getValue().strip().toLowerCase(java.util.Locale.ROOT)).as(path).doesNotStartWith("javascript:").doesNotStartWith("data:");
              }
            }
          }
        }
      }
    }
  }
}
