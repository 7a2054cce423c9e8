package dev.worlddaily.cluster;

/**
 * How many articles of the stream so far carried each word (or name, or figure): the rarity that
 * weighs shared ones. Learned online, so it needs no corpus; a prior of {@link #PRIOR_DOCUMENTS}
 * unseen documents keeps the first articles of a stream from treating everything as common. Every
 * {@link #HALF_LIFE_DOCUMENTS} documents all counts are halved, so rarity follows the news of the
 * last months and the table does not grow without bound. The table also hands out one shared
 * instance per key, so that stories do not each hold copies of the same words. Keys and counts
 * sit in an open-addressing table of two arrays (about 13 bytes a key, against some 70 for a
 * {@code HashMap} entry with a count object): a stream's vocabulary is hundreds of thousands of
 * keys.
 */
final class DocumentFrequencies {
  static final double PRIOR_DOCUMENTS = 50;
  static final long HALF_LIFE_DOCUMENTS = 200_000;

  private String[] keys = new String[16];
  private int[] counts = new int[16];
  private int size;
  private long documents;

  /** Counts one document with these distinct keys. */
  void learn(Iterable<String> keys) {
    for (String k : keys) {
      int slot = find(k);
      if (this.keys[slot] == null) {
        this.keys[slot] = k;
        size++;
        if (size * 10 > this.keys.length * 6) {
          rehash(this.keys.length * 2);
          slot = find(k);
        }
      }
      counts[slot]++;
    }
    documents++;
    if (documents % HALF_LIFE_DOCUMENTS == 0) {
      halve();
    }
  }

  /** Halves every count, forgets the keys that reach 0. */
  private void halve() {
    size = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        counts[i] /= 2;
        if (counts[i] == 0) {
          keys[i] = null;
        } else {
          size++;
        }
      }
    }
    int capacity = 16;
    while (size * 10 > capacity * 6) {
      capacity *= 2;
    }
    // Removed keys break probe chains: rebuild the table at the size it now needs.
    rehash(capacity);
    documents /= 2;
  }

  /** The shared instance of a key (the key itself when the table does not know it). */
  String intern(String key) {
    String k = keys[find(key)];
    return k == null ? key : k;
  }

  /** Smoothed inverse document frequency, never negative. */
  double idf(String key) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (count(key) + 1.0));
  }

  /** Documents that carried the key (after halving). */
  int count(String key) {
    int slot = find(key);
    return keys[slot] == null ? 0 : counts[slot];
  }

  long documents() {
    return documents;
  }

  /** Keys known. */
  int size() {
    return size;
  }

  private int find(String key) {
    int mask = keys.length - 1;
    int h = key.hashCode() * 0x9E3779B9;
    int slot = (h ^ (h >>> 16)) & mask;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void rehash(int capacity) {
    String[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new String[capacity];
    counts = new int[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
