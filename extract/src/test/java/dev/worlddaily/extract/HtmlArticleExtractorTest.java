package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.ParagraphKind;
import dev.worlddaily.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private final ArticleExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  static byte[] resource(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/pages/" + name)) {
      return in.readAllBytes();
    }
  }

  private Article lantern() throws IOException {
    Outcome<Article> o = extractor.extract(new RawDocument("https://lanternpost.example/local/2026/11/18/bridge-reopens?utm_source=rss",
        resource("lantern-bridge.html"), "text/html", null, Instant.parse("2026-11-18T10:00:00Z"), null));
    assertThat(o.isOk()).as(o.describe()).isTrue();
    return o.value();
  }

  @Test
  void keepsTheArticleBodyWithHeadingsAndLists() throws IOException {
    Article a = lantern();
    assertThat(a.text())
        .contains("The Eastmere bridge reopened to traffic on Wednesday morning")
        .contains("Commuters relieved")
        .contains("\"We have been driving forty minutes around the estuary every day,\" said Halla Brede")
        .contains("Bus route 14 returns to its normal timetable on Thursday.")
        .contains("a weight limit of 12 tonnes");
    assertThat(a.paragraphs()).extracting(p -> p.kind()).contains(ParagraphKind.HEADING, ParagraphKind.LIST_ITEM);
  }

  @Test
  void dropsBoilerplate() throws IOException {
    assertThat(lantern().text())
        .doesNotContain("cookies")
        .doesNotContain("Advertisement")
        .doesNotContain("Lantern phone")
        .doesNotContain("Read more")
        .doesNotContain("newsletter")
        .doesNotContain("Related stories")
        .doesNotContain("Storm damage bill")
        .doesNotContain("detour was a nightmare")
        .doesNotContain("covers local government")
        .doesNotContain("Share on")
        .doesNotContain("All rights reserved")
        .doesNotContain("Photo: Wren Adeyemi")
        .doesNotContain("By Ilse Maren");
  }

  @Test
  void readsMetadata() throws IOException {
    Article a = lantern();
    assertThat(a.title()).isEqualTo("Bridge reopens after storm repairs");
    assertThat(a.authors()).containsExactly("Ilse Maren", "Tobiah Crane");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-18T06:30:00Z"));
    assertThat(a.updated()).isEqualTo(Instant.parse("2026-11-18T08:05:00Z"));
    assertThat(a.canonicalUrl()).isEqualTo("https://lanternpost.example/local/2026/11/18/bridge-reopens");
    assertThat(a.outlet().name()).isEqualTo("The Lantern Post");
    assertThat(a.outlet().domain()).isEqualTo("lanternpost.example");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.section()).isEqualTo("Local");
    assertThat(a.keywords()).containsExactly("bridges", "storms", "Eastmere");
    assertThat(a.images()).hasSize(1);
    assertThat(a.images().get(0).url()).isEqualTo("https://lanternpost.example/media/bridge-crew.jpg");
    assertThat(a.images().get(0).caption()).isEqualTo("Crews finished resurfacing on Tuesday night.");
    assertThat(a.images().get(0).credit()).isEqualTo("Photo: Wren Adeyemi");
    assertThat(a.paywalled()).isFalse();
  }

  @Test
  void paragraphOffsetsPointIntoTheText() throws IOException {
    Article a = lantern();
    a.paragraphs().forEach(p -> assertThat(a.paragraphText(p)).isNotBlank().isEqualTo(a.paragraphText(p).strip()));
  }

  @Test
  void paywallAndLogoImagesAreRecognised() {
    String html = "<html><head><meta property=\"og:image\" content=\"/img/site-logo.png\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Members only\",\"isAccessibleForFree\":\"False\"}</script>"
        + "</head><body><article><h1>Members only</h1><p>" + "This long paragraph is the free part of a subscriber story, and it goes on for a while. ".repeat(4) + "</p></article></body></html>";
    Article a = extractor.extract(new RawDocument("https://paper.example/x", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html", null, null, null)).value();
    assertThat(a.paywalled()).isTrue();
    assertThat(a.images()).isEmpty();
  }

  @Test
  void aPageWithoutAnArticleIsSkippedWithAReason() {
    Outcome<Article> o = extractor.extract(new RawDocument("https://x.example/", "<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(), "text/html", null, null, null));
    assertThat(o.status()).isEqualTo(Outcome.Status.SKIPPED);
    assertThat(o.describe()).startsWith("skipped: not an article");
  }

  @Test
  void aWrongDeclaredCharsetDoesNotGarbleUtf8() {
    String html = "<html><body><article><p>" + "Zürich and Malmö sign a café agreement worth €4.5 billion, officials said on Tuesday. ".repeat(3) + "</p></article></body></html>";
    Article a = extractor.extract(new RawDocument("https://x.example/a", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html", "iso-8859-1", null, null)).value();
    assertThat(a.text()).contains("Zürich and Malmö sign a café agreement worth €4.5 billion");
  }
}
