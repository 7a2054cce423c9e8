package dev.worlddaily.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetokenizerTest {
  @Test
  void treebankTokensBecomeOrdinaryText() {
    assertThat(Detokenizer.detokenize("`` We appreciate your respect , '' the 33-year-old actress 's rep said ."))
        .isEqualTo("\"We appreciate your respect,\" the 33-year-old actress's rep said.");
    assertThat(Detokenizer.detokenize("A 5 . 9 quake at 7 : 21 a . m . killed 120 , 000 in the U . S . -LRB- AP -RRB-"))
        .isEqualTo("A 5.9 quake at 7:21 a.m. killed 120,000 in the U.S. (AP)");
    assertThat(Detokenizer.detokenize("a 90 - day court - mandated stay")).isEqualTo("a 90-day court-mandated stay");
  }
}
