package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.annotation.TextSpan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on our own tricky news sentences (fictional people and places). */
class SentenceSplitterTest {
  static SentenceSplitter splitter;

  @BeforeAll
  static void load() {
    splitter = new SentenceSplitter();
  }

  private static List<String> sentences(String text, String language) {
    List<TextSpan> spans = splitter.split(text, List.of(), language);
    return spans.stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aQuotationOfTwoSentencesStaysOneSentence() {
    // The demo's measles story: the quote was cut after "rumour.", which broke its citation.
    String text = "Two children have died. \"Measles spreads faster than any rumour. We must move faster,\" Dr Ba said. Teams left at dawn.";
    assertThat(sentences(text, "en")).containsExactly(
        "Two children have died.",
        "\"Measles spreads faster than any rumour. We must move faster,\" Dr Ba said.",
        "Teams left at dawn.");
  }

  @Test
  void curlyQuotationsStayWholeToo() {
    String text = "“We had the children. We did not have the cold chain,” said Mariama Diop. The posts reopened.";
    assertThat(sentences(text, "en")).containsExactly(
        "“We had the children. We did not have the cold chain,” said Mariama Diop.", "The posts reopened.");
  }

  @Test
  void aVeryLongOpenQuotationIsSplitAnyway() {
    String sentence = "This sentence of a long speech goes on for a while without stopping. ";
    String text = "\"" + sentence.repeat(15) + "\" she said.";
    assertThat(sentences(text, "en")).hasSizeGreaterThan(1);
    assertThat(sentences(text, "en")).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_QUOTED_CHARS + 5));
  }

  @Test
  void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
    String text = "The U.S. and the E.U. signed the pact in Port Sarin. Mr. J. K. Oduya, the envoy, said output rose 2.5 percent. "
        + "Gen. Hallin arrived at 3 p.m. on Monday. Prices fell.";
    assertThat(sentences(text, "en")).containsExactly(
        "The U.S. and the E.U. signed the pact in Port Sarin.",
        "Mr. J. K. Oduya, the envoy, said output rose 2.5 percent.",
        "Gen. Hallin arrived at 3 p.m. on Monday.",
        "Prices fell.");
  }

  @Test
  void rulesForOtherLanguagesKeepGuillemetQuotesAndAbbreviations() {
    String text = "« Nous sommes prêts. Nous partirons demain », a dit le maire. Le port a rouvert à 9 h. M. Dupont était là.";
    assertThat(sentences(text, "fr")).containsExactly(
        "« Nous sommes prêts. Nous partirons demain », a dit le maire.",
        "Le port a rouvert à 9 h.",
        "M. Dupont était là.");
  }

  @Test
  void germanLowQuotationMarksCloseWithTheUpperOne() {
    String text = "„Wir sind bereit. Wir fahren morgen“, sagte der Bürgermeister. Der Hafen ist offen.";
    assertThat(sentences(text, "de")).containsExactly(
        "„Wir sind bereit. Wir fahren morgen“, sagte der Bürgermeister.", "Der Hafen ist offen.");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  First one here.   \"Second. Still second,\" he said.  ";
    for (TextSpan s : splitter.split(text, List.of(), "en")) {
      assertThat(s.of(text)).isEqualTo(s.of(text).strip()).isNotEmpty();
    }
  }

  @Test
  void timesAndCompanySuffixesEndSentencesBeforeAnOpener() {
    String text = "The talks ended at 5 p.m. The envoys left for the airport. Shares of Harwick Holdings Inc. rose. "
        + "The board praised Tollin Ltd. He did not comment.";
    assertThat(sentences(text, "en")).containsExactly(
        "The talks ended at 5 p.m.", "The envoys left for the airport.", "Shares of Harwick Holdings Inc. rose.",
        "The board praised Tollin Ltd.", "He did not comment.");
  }
}
