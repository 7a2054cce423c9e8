package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Paragraph;
import dev.worlddaily.model.RawDocument;

/**
 * Extraction of HTML, plain text and Markdown, fed whatever bytes the fuzzer makes, under every
 * content type and transport charset a fetch can report: it never throws, and what it returns
 * is well formed (paragraph spans inside the text, only http(s) images, a one-line reason when
 * it gives up). Seeds: the extraction fixtures; findings are kept in {@code
 * ExtractionFuzzTestInputs/<method>} and replayed by every {@code ./wdn test}.
 */
class ExtractionFuzzTest {
  private static final String[] TYPES = {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/octet-stream", null};
  private static final String[] CHARSETS = {null, "utf-8", "windows-1252", "iso-8859-1", "utf-16", "shift_jis", "no-such-charset", ""};
  private static final String[] URLS = {"https://lanternpost.example/news/2026/11/bridge", "file:///tmp/notes.md", "http://x.example", "urn:wdn:input:1"};

  private final ArticleExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  @FuzzTest(maxDuration = "20s")
  void htmlPages(byte[] page) {
    check(extractor.extract(new RawDocument(URLS[0], page, "text/html", null, null, null)));
  }

  @FuzzTest(maxDuration = "20s")
  void anyTypeAndCharset(FuzzedDataProvider data) {
    String type = data.pickValue(TYPES);
    String charset = data.pickValue(CHARSETS);
    String url = data.pickValue(URLS);
    check(extractor.extract(new RawDocument(url, data.consumeRemainingAsBytes(), type, charset, null, null)));
  }

  static void check(Outcome<Article> o) {
    assertThat(o).isNotNull();
    if (!o.isOk()) {
      assertThat(o.describe()).as("a one-line reason").doesNotContain("\n").isNotBlank();
      return;
    }
    Article a = o.value();
    int previousEnd = 0;
    for (Paragraph p : a.paragraphs()) {
      assertThat(p.start()).as("paragraphs in order, inside the text").isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
      previousEnd = p.end();
    }
    for (ArticleImage image : a.images()) {
      assertThat(image.url()).as("image URL").matches("(?i)https?://.*");
    }
    assertThat(a.title()).as("title").doesNotContain("\n");
  }
}
