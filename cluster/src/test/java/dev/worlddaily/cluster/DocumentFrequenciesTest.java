package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  @Test
  void countsInternsAndHalvesLikeAMapOfCounts() {
    Random r = new Random(29);
    DocumentFrequencies df = new DocumentFrequencies();
    Map<String, Integer> expected = new HashMap<>();
    long documents = 0;
    String probe = null;
    for (long d = 1; d <= DocumentFrequencies.HALF_LIFE_DOCUMENTS + 3; d++) {
      Set<String> keys = new HashSet<>();
      int n = d % 1000 == 0 ? 30 : 1;
      for (int i = 0; i < n; i++) {
        keys.add("w" + (int) Math.abs(r.nextGaussian() * 3000));
      }
      df.learn(keys);
      keys.forEach(k -> expected.merge(k, 1, Integer::sum));
      documents++;
      if (d % DocumentFrequencies.HALF_LIFE_DOCUMENTS == 0) {
        expected.replaceAll((k, c) -> c / 2);
        expected.values().removeIf(c -> c == 0);
        documents /= 2;
      }
      if (probe == null) {
        probe = keys.iterator().next();
      }
    }
    assertThat(df.documents()).isEqualTo(documents);
    assertThat(df.size()).isEqualTo(expected.size());
    List<String> absent = new ArrayList<>(List.of("absent", "w-1"));
    expected.forEach((k, c) -> assertThat(df.count(k)).as(k).isEqualTo(c));
    absent.forEach(k -> assertThat(df.count(k)).isZero());
    String copy = new String(probe.toCharArray());
    assertThat(df.intern(copy)).isEqualTo(probe).isNotSameAs(copy);
    assertThat(df.intern("absent")).isEqualTo("absent");
    assertThat(df.idf("absent")).isGreaterThan(df.idf(probe)).isGreaterThan(0);
  }
}
