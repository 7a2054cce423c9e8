package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HnswStoryIndexTest {
  static final int DIMENSIONS = 64;

  static List<float[]> vectors(long seed, int n) {
    Random r = new Random(seed);
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] v = new float[DIMENSIONS];
      for (int d = 0; d < DIMENSIONS; d++) {
        v[d] = (float) r.nextGaussian();
      }
      out.add(Vectors.unit(v));
    }
    return out;
  }

  @Test
  void findsEachStoryByItsOwnCentroid() {
    List<float[]> vs = vectors(1, 600);
    HnswStoryIndex index = new HnswStoryIndex(DIMENSIONS);
    for (int i = 0; i < vs.size(); i++) {
      index.put("s" + i, vs.get(i));
    }
    int found = 0;
    for (int i = 0; i < vs.size(); i++) {
      if (index.nearest(vs.get(i), 5).get(0).equals("s" + i)) {
        found++;
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(590);
  }

  @Test
  void removedStoriesAreNeverReturnedAndARebuildKeepsTheRest() {
    List<float[]> vs = vectors(2, 800);
    HnswStoryIndex index = new HnswStoryIndex(DIMENSIONS);
    for (int i = 0; i < vs.size(); i++) {
      index.put("s" + i, vs.get(i));
    }
    // Removing more than half forces a rebuild from the live stories.
    for (int i = 0; i < 500; i++) {
      index.remove("s" + i);
    }
    assertThat(index.size()).isEqualTo(300);
    for (int i = 0; i < vs.size(); i += 7) {
      List<String> hits = index.nearest(vs.get(i), 10);
      assertThat(hits).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1))).isGreaterThanOrEqualTo(500));
      if (i >= 500) {
        assertThat(hits.get(0)).isEqualTo("s" + i);
      }
    }
  }

  @Test
  void movedCentroidsAreFoundWhereTheyAreNow() {
    List<float[]> vs = vectors(3, 200);
    HnswStoryIndex index = new HnswStoryIndex(DIMENSIONS);
    for (int i = 0; i < 100; i++) {
      index.put("s" + i, vs.get(i));
    }
    index.put("s7", vs.get(150));
    // Searched as the clusterer searches, with a few candidates (a beam of one is greedy).
    assertThat(index.nearest(vs.get(150), 5).get(0)).isEqualTo("s7");
  }

  @Test
  void theSameInsertionsGiveTheSameAnswers() {
    List<float[]> vs = vectors(4, 400);
    HnswStoryIndex a = new HnswStoryIndex(DIMENSIONS);
    HnswStoryIndex b = new HnswStoryIndex(DIMENSIONS);
    for (int i = 0; i < vs.size(); i++) {
      a.put("s" + i, vs.get(i));
      b.put("s" + i, vs.get(i));
    }
    for (float[] q : vectors(5, 50)) {
      assertThat(a.nearest(q, 8)).isEqualTo(b.nearest(q, 8));
    }
  }
}
