package dev.worlddaily.synthesize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass readings of a text (Terms, FigureLabels) give what the regular expressions they replace give. */
class OnePassReadingTest {
  /** Letters, digits of several scripts, blanks, punctuation, a capital that lower-cases to two chars, lone surrogates. */
  private static final String ALPHABET = "aZé9٣Ⅻ½ß İ-\t\n\u000B\f\r\u00A0\u2003.,-'“”?😀\uD800\uDC00x";

  @Test
  void tokensAreTheLowerCasedRunsOfLettersAndDigits() {
    assertThat(Terms.tokens("PORT SARIN, Chile - A 6.1 quake")).containsExactly("port", "sarin", "chile", "a", "6", "1", "quake");
    Random r = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      String text = random(r);
      List<String> expected = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
      assertThat(Terms.tokens(text)).as("tokens of [%s]", text).isEqualTo(expected);
    }
  }

  @Test
  void wordCountIsTheLengthOfASplitAtBlanks() {
    for (String text : List.of("", " ", "  ", "a", " a", "a ", "a  b", "\ta b\n", "one two three")) {
      assertThat(Terms.wordCount(text)).as("[%s]", text).isEqualTo(text.split("\\s+").length);
    }
    Random r = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      String text = random(r);
      assertThat(Terms.wordCount(text)).as("[%s]", text).isEqualTo(text.split("\\s+").length);
    }
  }

  @Test
  void termsAndConceptsOfATextAreThoseOfItsTokens() {
    String s = "Rescuers were searching the flooded homes of Calverin on Tuesday, officials said.";
    assertThat(Terms.of(s)).containsEntry("rescuer", 1).containsEntry("flood", 1).doesNotContainKey("the");
    assertThat(Concepts.of(s)).contains("calverin", "of calverin", "flood home").doesNotContain("the", "said");
  }

  @Test
  void clauseWordsAreTheBlankSeparatedPiecesWithOnlyLettersAndHyphensKept() {
    assertThat(FigureLabels.words(" the quake's death-toll, (rose)  ")).containsExactly("the", "quakes", "death-toll", "rose");
    Random r = new Random(13);
    for (int n = 0; n < 20_000; n++) {
      String text = random(r);
      List<String> expected = new java.util.ArrayList<>();
      for (String w : text.strip().split("\\s+")) {
        String kept = w.replaceAll("[^\\p{L}-]", "");
        if (!kept.isEmpty()) {
          expected.add(kept);
        }
      }
      assertThat(FigureLabels.words(text)).as("[%s]", text).isEqualTo(expected);
    }
  }

  private static String random(Random r) {
    StringBuilder b = new StringBuilder();
    int length = r.nextInt(24);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
