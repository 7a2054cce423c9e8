package dev.worlddaily.eval.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void scoresAWorkedExample() {
    Rouge.Scores s = Rouge.score("The cat sat on the mat.", "the cat lay on the mat");
    assertThat(s.rouge1()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(s.rouge2()).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(s.rougeL()).isCloseTo(5 / 6.0, within(1e-9));
  }

  @Test
  void tokensAreLowercaseLettersAndDigitsWithoutStemming() {
    assertThat(Rouge.tokens("U.S. troops' 2,500 Homes—destroyed")).containsExactly("u", "s", "troops", "2", "500", "homes", "destroyed");
    assertThat(Rouge.score("homes", "home").rouge1()).isZero();
  }

  @Test
  void clippedCountsDoNotRewardRepetition() {
    assertThat(Rouge.score("vote vote vote vote", "vote now").rouge1()).isCloseTo(2 * 0.25 * 0.5 / 0.75, within(1e-9));
  }

  @Test
  void emptyTextScoresZero() {
    assertThat(Rouge.score("", "anything").rougeL()).isZero();
  }

  @Test
  void targetMarkersAreNotScored() {
    String[] t = SummaryClusters.titleAndText("TITLE=> Port Sarin Quake. ARTICLE=> A quake hit Port Sarin.");
    assertThat(t).containsExactly("Port Sarin Quake.", "A quake hit Port Sarin.");
  }
}
