package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The plain-text and Markdown rules, one at a time, on short texts about fictional places. */
class TextRulesTest {
  private static final String BODY = "The two cranes at the container terminal of Port Alder went back into service on Thursday after"
      + " three weeks of repairs, the port authority said.\n\nDock workers had loaded ships by hand-operated gear since the storm,"
      + " slowing traffic by a third, according to the authority's figures.\n";
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  private Article extract(String text) {
    Outcome<Article> o = extractor.extract(new RawDocument("file:///news/x.txt", text.getBytes(StandardCharsets.UTF_8), null, null, null, null));
    assertThat(o.isOk()).as(o.describe()).isTrue();
    return o.value();
  }

  @Test
  void aHeadlineLikeFirstLineIsTheTitle() {
    Article a = extract("Harbour cranes return to service at Port Alder\n\n" + BODY);
    assertThat(a.title()).isEqualTo("Harbour cranes return to service at Port Alder");
    assertThat(a.text()).startsWith("The two cranes");
  }

  @Test
  void aFirstLineThatIsASentenceIsBodyNotTitle() {
    Article a = extract(BODY);
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).startsWith("The two cranes");
  }

  @Test
  void bylineLinesBecomeAuthorsAndLeaveTheBody() {
    for (String byline : new String[] {"By Ann Lee – Senior Reporter", "BY ANN LEE", "Author: Ann Lee", "Written by Ann Lee", "By Ann Lee, Harbour Correspondent"}) {
      Article a = extract("Harbour cranes return to service\n" + byline + "\n\n" + BODY);
      assertThat(a.authors()).as(byline).containsExactly("Ann Lee");
      assertThat(a.text()).as(byline).doesNotContainIgnoringCase("ann lee").doesNotContain("Reporter");
    }
    assertThat(extract("Cranes return\nBy Ann Lee and Bo Ek\n\n" + BODY).authors()).containsExactly("Ann Lee", "Bo Ek");
  }

  @Test
  void aTrailingSignatureGivesAuthorAndOutlet() {
    Article a = extract("Harbour cranes return to service\n\n" + BODY + "\n— Ann Lee\nThe Alder Gazette\n");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.outlet().name()).isEqualTo("The Alder Gazette");
    assertThat(a.text()).doesNotContain("Ann Lee").doesNotContain("Gazette");
  }

  @Test
  void datelinesGiveTheDatesAndLeaveTheBody() {
    Article a = extract("Harbour cranes return to service\nPublished: 3 March 2026\nUpdated 4 March 2026\n\n" + BODY);
    assertThat(a.published()).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
    assertThat(a.updated()).isEqualTo(Instant.parse("2026-03-04T12:00:00Z"));
    assertThat(a.text()).doesNotContain("2026");
    Article alone = extract("Harbour cranes return to service\nMonday, 2 March 2026\n\n" + BODY);
    assertThat(alone.published()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    assertThat(alone.text()).doesNotContain("Monday");
  }

  @Test
  void aDateInTheTextIsThePublicationWhenNothingBetterExists() {
    Article a = extract("Cranes return\n\nThe port authority said on 20 November 2026 that both cranes at the terminal were working again.\n\n" + BODY);
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
    assertThat(a.text()).contains("on 20 November 2026 that both cranes");
    Article sentence = extract("Cranes return\nThe strike ends on 3 March 2026.\n\n" + BODY);
    assertThat(sentence.text()).contains("The strike ends on 3 March 2026.");
  }

  @Test
  void pageJunkLinesAreRemoved() {
    String junk = String.join("\n", "4.5 (23 votes)", "Rating: 4/5 (12 ratings)", "12 comments", "Comments are closed.", "Leave a reply",
        "Be the first to comment", "Share on Facebook", "Share this article", "Recommended for you", "You may also like", "Read more",
        "Print | 1,234 views", "1,234 views", "Was this article helpful? Yes / No", "Facebook | Twitter | Email", "Subscribe now");
    Article a = extract("Harbour cranes return to service\n\n" + BODY + "\n" + junk.replace("\n", "\n\n") + "\n");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).startsWith("The two cranes").endsWith("the authority's figures.");
  }

  @Test
  void iconLigatureWordsGluedToTextAreRemoved() {
    Article a = extract("Harbour cranes return to service\nshareShare this article\nscheduleNovember 20, 2026\nfavorite_border 23\n"
        + "chat_bubble_outline12 Comments\nvisibility 1.2k\n\n" + BODY.replace("Dock workers", "personDock workers"));
    assertThat(a.text()).doesNotContain("share").doesNotContain("schedule").doesNotContain("favorite").doesNotContain("chat_bubble")
        .doesNotContain("visibility").doesNotContain("person").contains("Dock workers had loaded");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void markdownMarkupIsReadNotKept() {
    Article a = extract("# Harbour cranes return\n\nAuthor: Ann Lee\n\nThe **two cranes** at [Port Alder](https://example.invalid/alder) went back into"
        + " service on Thursday after three weeks of repairs, the port authority said in a statement.\n\n## Traffic\n\n- Ships wait less.\n- Trucks too.\n");
    assertThat(a.title()).isEqualTo("Harbour cranes return");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.text()).contains("The two cranes at Port Alder went back").doesNotContain("**").doesNotContain("](").contains("Ships wait less.");
  }

  @Test
  void theLanguageIsReadFromTheText() {
    assertThat(extract("Kräne im Hafen wieder in Betrieb\n\nDie beiden Kräne am Containerterminal von Port Alder sind am Donnerstag nach drei Wochen"
        + " Reparatur wieder in Betrieb gegangen, wie die Hafenbehörde mitteilte. Die Arbeiter hatten die Schiffe seit dem Sturm mit"
        + " Handgeräten beladen, und der Verkehr war um ein Drittel langsamer, nach den Zahlen der Behörde.\n").language()).isEqualTo("de");
    assertThat(extract("Harbour cranes return\n\n" + BODY).language()).isEqualTo("en");
  }
}
