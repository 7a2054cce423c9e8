package dev.worlddaily.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * How many articles of the stream so far carried each word (or name, or figure): the rarity that
 * weighs shared ones. Learned online, so it needs no corpus; a prior of {@link #PRIOR_DOCUMENTS}
 * unseen documents keeps the first articles of a stream from treating everything as common. Every
 * {@link #HALF_LIFE_DOCUMENTS} documents all counts are halved, so rarity follows the news of the
 * last months and the table does not grow without bound. The table also hands out one shared
 * instance per key, so that stories do not each hold copies of the same words.
 */
final class DocumentFrequencies {
  static final double PRIOR_DOCUMENTS = 50;
  static final long HALF_LIFE_DOCUMENTS = 200_000;

  /** A key and the number of documents that carried it. */
  private static final class Count {
    final String key;
    int documents;

    Count(String key) {
      this.key = key;
    }
  }

  private final Map<String, Count> counts = new HashMap<>();
  private long documents;

  /** Counts one document with these distinct keys. */
  void learn(Iterable<String> keys) {
    for (String k : keys) {
      counts.computeIfAbsent(k, Count::new).documents++;
    }
    documents++;
    if (documents % HALF_LIFE_DOCUMENTS == 0) {
      counts.values().forEach(c -> c.documents /= 2);
      counts.values().removeIf(c -> c.documents == 0);
      documents /= 2;
    }
  }

  /** The shared instance of a key (the key itself when the table does not know it). */
  String intern(String key) {
    Count c = counts.get(key);
    return c == null ? key : c.key;
  }

  /** Smoothed inverse document frequency, never negative. */
  double idf(String key) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (count(key) + 1.0));
  }

  /** Documents that carried the key (after halving). */
  int count(String key) {
    Count c = counts.get(key);
    return c == null ? 0 : c.documents;
  }

  long documents() {
    return documents;
  }
}
