package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ParagraphKind;
import dev.worlddaily.model.RawDocument;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextArticleExtractorTest {
  private final ArticleExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  @Test
  void plainTextWithBylineJunkAndSignature() throws IOException {
    Article a = extractor.extract(new RawDocument("file:///news/harbour-notes.txt", HtmlArticleExtractorTest.resource("harbour-notes.txt"), null, null, null, null)).value();
    assertThat(a.title()).isEqualTo("Night ferry service to Skerrin Island suspended after engine fault");
    assertThat(a.authors()).containsExactly("Odile Venn");
    assertThat(a.outlet().name()).isEqualTo("The Alder Gazette");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
    assertThat(a.text())
        .startsWith("The overnight ferry between Port Alder and Skerrin Island was suspended")
        .contains("\"Safety comes before the timetable,\" said Marit Ekholm")
        .doesNotContain("votes").doesNotContain("Share").doesNotContain("share")
        .doesNotContain("Comments are closed").doesNotContain("views").doesNotContain("Recommended")
        .doesNotContain("Odile Venn").doesNotContain("Alder Gazette").doesNotContain("Transport Reporter");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void markdownWithAuthorLineHeadingsListsAndQuotes() throws IOException {
    Article a = extractor.extract(new RawDocument("file:///news/budget-notes.md", HtmlArticleExtractorTest.resource("budget-notes.md"), null, null, null, null)).value();
    assertThat(a.title()).isEqualTo("Council agrees winter budget for Port Alder");
    assertThat(a.authors()).containsExactly("Kasimir Dunne");
    assertThat(a.text())
        .contains("The council of Port Alder approved a winter budget of 18 million crowns on Tuesday, with extra money for snow clearing.")
        .doesNotContain("**").doesNotContain("](");
    assertThat(a.paragraphs()).extracting(p -> p.kind())
        .containsExactly(ParagraphKind.TEXT, ParagraphKind.HEADING, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.QUOTE, ParagraphKind.TEXT);
  }
}
