package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightMapTest {
  static WeightMap random(Random r, int n) {
    WeightMap m = new WeightMap();
    for (int i = 0; i < n; i++) {
      m.add("k" + r.nextInt(3 * n), 0.1 + r.nextDouble());
    }
    return m;
  }

  static double norm2(WeightMap m) {
    double[] n = {0};
    m.forEach((k, w) -> n[0] += w * w);
    return n[0];
  }

  @Test
  void cosineIsSymmetricBoundedAndOneWithItself() {
    Random r = new Random(7);
    WeightMap a = random(r, 50);
    WeightMap b = random(r, 80);
    assertThat(a.cosine(b)).isEqualTo(b.cosine(a)).isBetween(0.0, 1.0);
    assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-9));
    assertThat(new WeightMap().cosine(a)).isZero();
  }

  @Test
  void theKeptNormFollowsAddsScalesAndPrunes() {
    Random r = new Random(11);
    WeightMap sum = new WeightMap();
    for (int i = 0; i < 20; i++) {
      sum.add(random(r, 40));
    }
    WeightMap probe = random(r, 30);
    double expected = cosineFromScratch(probe, sum);
    assertThat(probe.cosine(sum)).isCloseTo(expected, within(1e-9));
    sum.scale(k -> k.length());
    assertThat(probe.cosine(sum)).isCloseTo(cosineFromScratch(probe, sum), within(1e-9));
    int before = sum.size();
    sum.prune(before / 3);
    assertThat(sum.size()).isEqualTo(before / 3);
    assertThat(probe.cosine(sum)).isCloseTo(cosineFromScratch(probe, sum), within(1e-9));
    WeightMap top = sum.top(10);
    assertThat(top.size()).isEqualTo(10);
    double smallestKept = Double.MAX_VALUE;
    for (String k : top.keys()) {
      smallestKept = Math.min(smallestKept, top.get(k));
    }
    double cut = smallestKept;
    sum.forEach((k, w) -> {
      if (top.get(k) == 0) {
        assertThat(w).isLessThanOrEqualTo(cut);
      }
    });
  }

  @Test
  void aSortedMapKeepsItsWeightsAndCosinesInExactSizeArrays() {
    Random r = new Random(5);
    WeightMap a = random(r, 60);
    WeightMap b = random(r, 90);
    WeightMap c = random(r, 20);
    double ab = a.cosine(b);
    double ac = a.cosine(c);
    double bc = b.cosine(c);
    WeightMap sortedA = new WeightMap();
    sortedA.add(a);
    sortedA.sort();
    WeightMap sortedB = new WeightMap();
    sortedB.add(b);
    sortedB.sort();
    assertThat(sortedA.size()).isEqualTo(a.size());
    a.forEach((k, w) -> assertThat(sortedA.get(k)).isEqualTo(w));
    assertThat(sortedA.get("absent")).isZero();
    // Sorted with sorted (one merge pass), sorted with a table either way round.
    assertThat(sortedA.cosine(sortedB)).isCloseTo(ab, within(1e-12));
    assertThat(sortedB.cosine(sortedA)).isCloseTo(ab, within(1e-12));
    assertThat(sortedA.cosine(c)).isCloseTo(ac, within(1e-12));
    assertThat(c.cosine(sortedA)).isCloseTo(ac, within(1e-12));
    assertThat(sortedB.cosine(c)).isCloseTo(bc, within(1e-12));
    assertThat(sortedA.cosine(sortedA)).isCloseTo(1.0, within(1e-9));
    WeightMap sum = new WeightMap();
    sum.add(sortedA);
    assertThat(sum.cosine(a)).isCloseTo(1.0, within(1e-9));
    assertThat(sortedA.top(5).size()).isEqualTo(5);
    assertThatThrownBy(() -> sortedA.add("k1", 1.0)).isInstanceOf(IllegalStateException.class);
    WeightMap empty = new WeightMap();
    empty.sort();
    assertThat(empty.cosine(sortedA)).isZero();
    assertThat(empty.isEmpty()).isTrue();
  }

  @Test
  void mergingSortedMapsGivesTheSumsOfAddingKeyByKey() {
    Random r = new Random(13);
    WeightMap table = new WeightMap();
    WeightMap merged = new WeightMap();
    for (int i = 0; i < 30; i++) {
      WeightMap part = random(r, 25);
      part.forEach(table::add);
      part.sort();
      merged.add(part);
    }
    assertThat(merged.size()).isEqualTo(table.size());
    table.forEach((k, w) -> assertThat(merged.get(k)).isEqualTo(w));
    assertThat(merged.cosine(table)).isCloseTo(1.0, within(1e-9));
    assertThat(norm2(merged)).isCloseTo(norm2(table), within(1e-6));
    WeightMap probe = random(r, 40);
    probe.sort();
    assertThat(probe.cosine(merged)).isCloseTo(cosineFromScratch(probe, table), within(1e-9));
  }

  @Test
  void aHalvedMapKeepsItsWeightsToHalfPrecisionAndANormThatMatchesThem() {
    Random r = new Random(23);
    WeightMap a = random(r, 60);
    a.scale(k -> 3 + k.length());
    WeightMap b = random(r, 40);
    b.sort();
    WeightMap halved = new WeightMap();
    halved.add(a);
    halved.halve();
    assertThat(halved.size()).isEqualTo(a.size());
    a.forEach((k, w) -> assertThat(halved.get(k)).isCloseTo(w, within(w / 2048)));
    // The kept norm is the rounded weights' own, so a map is still its own best match.
    assertThat(halved.cosine(halved)).isCloseTo(1.0, within(1e-12));
    assertThat(halved.cosine(b)).isCloseTo(cosineFromScratch(halved, b), within(1e-12)).isCloseTo(a.cosine(b), within(1e-3));
    assertThat(a.cosine(halved)).isCloseTo(1.0, within(1e-6));
    WeightMap story = new WeightMap();
    story.add(halved);
    story.add(b);
    assertThat(story.get(b.keys().get(0))).isCloseTo(b.get(b.keys().get(0)) + halved.get(b.keys().get(0)), within(1e-6));
    assertThat(halved.top(5).size()).isEqualTo(5);
    assertThatThrownBy(() -> halved.add(b)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> halved.add("k1", 1.0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> halved.prune(1)).isInstanceOf(IllegalStateException.class);
  }

  static double cosineFromScratch(WeightMap a, WeightMap b) {
    double[] dot = {0};
    a.forEach((k, w) -> dot[0] += w * b.get(k));
    return dot[0] / Math.sqrt(norm2(a) * norm2(b));
  }
}
