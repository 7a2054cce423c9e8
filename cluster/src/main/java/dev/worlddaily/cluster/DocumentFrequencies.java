package dev.worlddaily.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * How many articles of the stream so far carried each word (or name, or figure): the rarity that
 * weighs shared ones. Learned online, so it needs no corpus; a prior of {@link #PRIOR_DOCUMENTS}
 * unseen documents keeps the first articles of a stream from treating everything as common. Every
 * {@link #HALF_LIFE_DOCUMENTS} documents all counts are halved, so rarity follows the news of the
 * last months and the table does not grow without bound.
 */
final class DocumentFrequencies {
  static final double PRIOR_DOCUMENTS = 50;
  static final long HALF_LIFE_DOCUMENTS = 200_000;

  private final Map<String, Integer> counts = new HashMap<>();
  private long documents;

  /** Counts one document with these distinct keys. */
  void learn(Iterable<String> keys) {
    for (String k : keys) {
      counts.merge(k, 1, Integer::sum);
    }
    documents++;
    if (documents % HALF_LIFE_DOCUMENTS == 0) {
      counts.replaceAll((k, v) -> v / 2);
      counts.values().removeIf(v -> v == 0);
      documents /= 2;
    }
  }

  /** Smoothed inverse document frequency, never negative. */
  double idf(String key) {
    int df = counts.getOrDefault(key, 0);
    return Math.log((documents + PRIOR_DOCUMENTS) / (df + 1.0));
  }

  /** Documents that carried the key (after halving). */
  int count(String key) {
    return counts.getOrDefault(key, 0);
  }

  long documents() {
    return documents;
  }

  int distinctKeys() {
    return counts.size();
  }
}
