package dev.worlddaily.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void perfectPartitionScoresOne() {
    BCubed b = BCubed.of(List.of("x", "x", "y"), List.of("a", "a", "b"));
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isEqualTo(1.0);
    assertThat(b.f1()).isEqualTo(1.0);
  }

  @Test
  void oneClusterForEverythingHasFullRecallAndLowPrecision() {
    BCubed b = BCubed.of(List.of("x", "x", "x", "x"), List.of("a", "a", "b", "b"));
    assertThat(b.recall()).isEqualTo(1.0);
    assertThat(b.precision()).isEqualTo(0.5);
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    BCubed b = BCubed.of(List.of("1", "2", "3", "4"), List.of("a", "a", "a", "b"));
    assertThat(b.precision()).isEqualTo(1.0);
    // a-items: 1/3 each; the b-item: 1.
    assertThat(b.recall()).isCloseTo((3 * (1.0 / 3) + 1) / 4, within(1e-12));
  }

  @Test
  void mixedCaseMatchesTheHandComputedValues() {
    // Cluster x = {a, a, b}, cluster y = {b}.
    BCubed b = BCubed.of(List.of("x", "x", "x", "y"), List.of("a", "a", "b", "b"));
    double p = (2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4;
    double r = (1 + 1 + 0.5 + 0.5) / 4;
    assertThat(b.precision()).isCloseTo(p, within(1e-12));
    assertThat(b.recall()).isCloseTo(r, within(1e-12));
    assertThat(b.f1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
  }
}
