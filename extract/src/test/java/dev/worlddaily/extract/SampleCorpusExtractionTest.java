package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import dev.worlddaily.sample.SampleArticle;
import dev.worlddaily.sample.SampleAuthor;
import dev.worlddaily.sample.SampleCorpus;
import dev.worlddaily.sample.SampleSiteRenderer;
import dev.worlddaily.sample.SampleTextFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every article page of the fictional sample outlets (nine templates with navigation, ads, cookie
 * banners, share bars, comments and related links) extracts with its whole body, no boilerplate,
 * and its metadata; so does every plain-text and Markdown sample.
 */
class SampleCorpusExtractionTest {
  private static final SampleCorpus CORPUS = SampleCorpus.load();
  private static final String BASE = "http://127.0.0.1:8080";
  private static SampleSiteRenderer renderer;
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  @BeforeAll
  static void render() {
    renderer = new SampleSiteRenderer(CORPUS, 0, BASE);
  }

  private Article extract(SampleArticle a) {
    byte[] page = renderer.articlePage(a).getBytes(StandardCharsets.UTF_8);
    Outcome<Article> o = extractor.extract(new RawDocument(renderer.pageUrl(a), page, "text/html", null, null, null));
    assertThat(o.isOk()).as(a.slug() + ": " + o.describe()).isTrue();
    return o.value();
  }

  @Test
  void everyArticlePageKeepsItsWholeBody() {
    assertThat(CORPUS.articles()).hasSizeGreaterThanOrEqualTo(60);
    for (SampleArticle a : CORPUS.articles()) {
      Article x = extract(a);
      for (String p : a.paragraphs()) {
        String expected = p.startsWith("## ") ? p.substring(3) : p.startsWith("> ") ? p.substring(2) : p;
        assertThat(x.text()).as(a.outletDomain() + "/" + a.slug()).contains(expected);
      }
    }
  }

  @Test
  void noBoilerplateSurvives() {
    List<String> boilerplate = List.of("cookie", "Cookie", "Advertisement", "Share on", "Log in", "Donate", "Give now",
        "Read more:", "Switch to Tidewater Energy", "All rights reserved", "comments", "Comments");
    for (SampleArticle a : CORPUS.articles()) {
      Article x = extract(a);
      for (String b : boilerplate) {
        assertThat(x.text()).as(a.outletDomain() + "/" + a.slug() + " holds [" + b + "]").doesNotContain(b);
      }
      assertThat(x.text()).as(a.slug()).doesNotContain(a.image().caption());
      for (SampleAuthor au : a.authors()) {
        assertThat(x.text()).as(a.slug() + ": byline in the body").doesNotContain("By " + au.name());
      }
    }
  }

  @Test
  void metadataMatchesThePage() {
    for (SampleArticle a : CORPUS.articles()) {
      Article x = extract(a);
      String where = a.outletDomain() + "/" + a.slug();
      assertThat(x.title()).as(where).isEqualTo(a.title());
      assertThat(x.authors()).as(where).containsExactlyElementsOf(a.authors().stream().map(SampleAuthor::name).toList());
      assertThat(x.published()).as(where).isEqualTo(a.published().toInstant());
      assertThat(x.canonicalUrl()).as(where).isEqualTo(a.canonicalUrl());
      assertThat(x.outlet().name()).as(where).isEqualTo(CORPUS.outlet(a.outletDomain()).name());
      assertThat(x.language()).as(where).isEqualTo(CORPUS.outlet(a.outletDomain()).language());
    }
  }

  @Test
  void leadImageComesWithCaptionAndCredit() {
    for (SampleArticle a : CORPUS.articles()) {
      Article x = extract(a);
      String where = a.outletDomain() + "/" + a.slug();
      assertThat(x.images()).as(where).hasSize(1);
      ArticleImage image = x.images().get(0);
      assertThat(image.url()).as(where).endsWith(a.image().file());
      assertThat(image.caption()).as(where).isEqualTo(a.image().caption());
      if (a.image().credit() != null && !a.image().credit().isBlank()) {
        assertThat(image.credit()).as(where).isEqualTo(a.image().credit());
      }
    }
  }

  @Test
  void textAndMarkdownSamplesGiveTitleAuthorsAndOutlet(@TempDir Path dir) throws IOException {
    List<Path> files = CORPUS.copyTextFiles(dir);
    assertThat(files).isNotEmpty();
    for (SampleTextFile f : CORPUS.textFiles()) {
      Path p = dir.resolve(f.file());
      Outcome<Article> o = extractor.extract(new RawDocument(p.toUri().toString(), Files.readAllBytes(p), null, null, null, null));
      assertThat(o.isOk()).as(f.file() + ": " + o.describe()).isTrue();
      Article x = o.value();
      assertThat(x.title()).as(f.file()).isEqualTo(f.title());
      assertThat(x.authors()).as(f.file()).containsExactlyElementsOf(f.authors());
      if (f.outlet() != null) {
        assertThat(x.outlet().name()).as(f.file()).isEqualTo(f.outlet());
      }
      for (String name : f.authors()) {
        assertThat(x.text()).as(f.file() + ": author line left in the body").doesNotContain("By " + name);
      }
    }
  }
}
