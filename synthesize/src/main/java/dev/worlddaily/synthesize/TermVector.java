package dev.worlddaily.synthesize;

import java.util.Arrays;
import java.util.Map;

/** A term-count vector as sorted term ids, for fast cosines between many sentences. */
final class TermVector {
  private final int[] ids;
  private final int[] counts;
  private final double norm;

  private TermVector(int[] ids, int[] counts) {
    this.ids = ids;
    this.counts = counts;
    double s = 0;
    for (int c : counts) {
      s += (double) c * c;
    }
    this.norm = Math.sqrt(s);
  }

  /** @param dictionary term ids, extended with the new terms of this vector */
  static TermVector of(Map<String, Integer> terms, Map<String, Integer> dictionary) {
    int[][] pairs = new int[terms.size()][];
    int i = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      Integer id = dictionary.get(e.getKey());
      if (id == null) {
        id = dictionary.size();
        dictionary.put(e.getKey(), id);
      }
      pairs[i++] = new int[] {id, e.getValue()};
    }
    Arrays.sort(pairs, (a, b) -> Integer.compare(a[0], b[0]));
    int[] ids = new int[pairs.length];
    int[] counts = new int[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      ids[k] = pairs[k][0];
      counts[k] = pairs[k][1];
    }
    return new TermVector(ids, counts);
  }

  double norm() {
    return norm;
  }

  /** For each term id, the vectors holding it and their counts. */
  static final class Postings {
    private final int[][] vectorsOf;
    private final int[][] countsOf;

    Postings(TermVector[] vectors, int terms) {
      int[] sizes = new int[terms];
      for (TermVector v : vectors) {
        for (int id : v.ids) {
          sizes[id]++;
        }
      }
      vectorsOf = new int[terms][];
      countsOf = new int[terms][];
      for (int t = 0; t < terms; t++) {
        vectorsOf[t] = new int[sizes[t]];
        countsOf[t] = new int[sizes[t]];
      }
      int[] fill = new int[terms];
      for (int v = 0; v < vectors.length; v++) {
        for (int k = 0; k < vectors[v].ids.length; k++) {
          int t = vectors[v].ids[k];
          vectorsOf[t][fill[t]] = v;
          countsOf[t][fill[t]++] = vectors[v].counts[k];
        }
      }
    }

    /** Adds the dot product of {@code v} with every vector into {@code dots} (indexed by vector). */
    void dots(TermVector v, double[] dots) {
      for (int k = 0; k < v.ids.length; k++) {
        int t = v.ids[k];
        int[] holders = vectorsOf[t];
        int[] counts = countsOf[t];
        for (int h = 0; h < holders.length; h++) {
          dots[holders[h]] += (double) v.counts[k] * counts[h];
        }
      }
    }
  }

  /** Cosine similarity, as {@link Terms#cosine} computes it on the maps. */
  double cosine(TermVector o) {
    if (norm == 0 || o.norm == 0) {
      return 0;
    }
    long dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        dot += (long) counts[i++] * o.counts[j++];
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot == 0 ? 0 : dot / (norm * o.norm);
  }
}
