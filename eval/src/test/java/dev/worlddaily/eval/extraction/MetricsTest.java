package dev.worlddaily.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.worlddaily.eval.extraction.EvalSets.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness computes the metrics of shared/eval/README.md and the documented matching rules. */
class MetricsTest {
  private static Page page(String body) {
    return new Page("p", "https://x.example/", new byte[0], body, null, null, null, List.of(), List.of());
  }

  private static Extractor.Result result(String text) {
    return Extractor.Result.body(text);
  }

  @Test
  void shinglesArePerPageMultisetsOfFourGrams() {
    // Truth: 6 tokens -> 3 shingles; prediction: 5 tokens -> 2 shingles, both in the truth.
    TextMetrics.PageScore s = TextMetrics.shingles("a b c d e f", "a b c d e");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
    // Fewer than four tokens make one shingle; case matters on this set.
    assertThat(TextMetrics.shingles("Port Alder", "port alder").precision()).isEqualTo(0.0);
    assertThat(TextMetrics.shingles("x y", "x y").precision()).isEqualTo(1.0);
    // Nothing predicted, nothing true: both 1 (fp = fn = 0).
    assertThat(TextMetrics.shingles("", "").recall()).isEqualTo(1.0);
    // Nothing predicted: precision undefined, the page leaves the P mean.
    assertThat(TextMetrics.shingles("a b c d", "").precision()).isNaN();
  }

  @Test
  void scrapinghubF1IsTheF1OfTheMeans() {
    double[] prf = SetScores.scrapinghub(List.of(page("a b c d e f"), page("g h i j")), List.of(result("a b c d e"), result("")));
    // P: mean over the first page only (the second has none predicted); R: (2/3 + 0) / 2.
    assertThat(prf[0]).isEqualTo(1.0);
    assertThat(prf[1]).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(prf[2]).isCloseTo(2 * prf[0] * prf[1] / (prf[0] + prf[1]), within(1e-12));
  }

  @Test
  void wordsAreLowercasedBagsAndPythonWordCharacters() {
    double[] s = TextMetrics.words("Port Alder port", "port ALDER");
    assertThat(s[0]).isEqualTo(1.0);
    assertThat(s[1]).isCloseTo(2 / 3.0, within(1e-9));
    // \w as in Python: letters, digits and the underscore of any script, no punctuation.
    assertThat(TextMetrics.tokens("Zürich's 12_3 café—Ελλάδα")).containsExactly("Zürich", "s", "12_3", "café", "Ελλάδα");
  }

  @Test
  void snippetsAreFoundInTheNormalisedText() {
    Page p = new Page("p", "u", new byte[0], "Body text here", null, null, null, List.of("Body TEXT"), List.of("Sign up now!", "Footer"));
    var s = SetScores.wcxb(List.of(p), List.of(result("body text here. sign up   NOW")));
    assertThat(s.get("with")).isEqualTo(1.0);
    assertThat(s.get("without")).isEqualTo(0.5);
  }

  @Test
  void titlesMatchExactlyOrCloselyAfterNormalisation() {
    assertThat(MetadataMatch.sameTitle("Cranes Return: Port Alder", "cranes return – port alder")).isTrue();
    assertThat(MetadataMatch.sameTitle("Best ferries of 2026", "Best ferries")).isFalse();
    assertThat(MetadataMatch.closeTitle("Best ferries of 2026", "Best ferries of 2026 tested")).isTrue();
    assertThat(MetadataMatch.closeTitle("Cranes return | Alder Gazette Online Edition", "Cranes return")).isFalse();
    assertThat(MetadataMatch.sameTitle("Cranes", null)).isFalse();
  }

  @Test
  void authorsArePersonNamesWithoutRolesCredentialsOrTeams() {
    assertThat(MetadataMatch.sameAuthors("Ann Lee", List.of("Ann Lee"))).isTrue();
    assertThat(MetadataMatch.sameAuthors("Susan", List.of("Susan"))).as("a given name is not a credential").isTrue();
    assertThat(MetadataMatch.sameAuthors("Dr Ann Lee, MD, FACP", List.of("Ann Lee"))).isTrue();
    assertThat(MetadataMatch.sameAuthors("Ann Lee, Senior Director of Operations", List.of("Ann Lee"))).isTrue();
    assertThat(MetadataMatch.sameAuthors("Ann Lee and Bo Ek", List.of("Bo Ek", "Ann Lee"))).isTrue();
    assertThat(MetadataMatch.sameAuthors("Ann Lee, Home and Garden Expert", List.of("Ann Lee"))).isTrue();
    assertThat(MetadataMatch.sameAuthors("Ann Lee (Harbour Desk)", List.of("Ann Lee"))).isTrue();
    assertThat(MetadataMatch.sameAuthors("Ann J. Lee", List.of("Ann Lee"))).as("initials are ignored").isTrue();
    assertThat(MetadataMatch.sameAuthors("Ann Lee", List.of("Ann Lee", "Bo Ek"))).isFalse();
    assertThat(MetadataMatch.sameAuthors("Ann Lee", List.of())).isFalse();
    // A byline without a person: right when we name nobody.
    assertThat(MetadataMatch.sameAuthors("Alder Gazette Staff", List.of())).isTrue();
    assertThat(MetadataMatch.sameAuthors("The Harbour Team", List.of("Ann Lee"))).isFalse();
  }

  @Test
  void datesAreTheCalendarDayInThePagesOwnOffset() {
    OffsetDateTime lateEvening = OffsetDateTime.parse("2026-03-05T23:30:00-05:00");
    assertThat(MetadataMatch.sameDay(lateEvening, "2026-03-05")).isTrue();
    assertThat(MetadataMatch.sameDay(lateEvening.withOffsetSameInstant(java.time.ZoneOffset.UTC), "2026-03-05")).isFalse();
    assertThat(MetadataMatch.statesDate(null, OffsetDateTime.parse("2026-03-07T10:00:00Z"), "2026-03-07")).isTrue();
    assertThat(MetadataMatch.sameDay(null, "2026-03-07")).isFalse();
  }

  @Test
  void aFolderWithoutEitherSetIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> EvalSets.load(dir)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no extraction set in");
  }

  @Test
  void theTableIsNotRunOnAWrongFolder(@TempDir Path dir) {
    assertThatThrownBy(() -> new ExtractionEval().run(dir, System.out)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metricsOfAnEmptyResultAreNotNaN() throws IOException {
    var s = SetScores.wcxb(List.of(page("some words")), List.of(result("")));
    assertThat(s.get("f1")).isEqualTo(0.0);
    assertThat(s.get("title")).as("no system title at all").isNaN();
  }
}
