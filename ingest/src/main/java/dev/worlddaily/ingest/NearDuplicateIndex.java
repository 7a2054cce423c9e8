package dev.worlddaily.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the original of a near-identical copy (wire story, reprint) among indexed articles:
 * MinHash signatures split into bands (locality-sensitive hashing) give a few candidates, and the
 * estimated Jaccard similarity of their shingles decides.
 */
public final class NearDuplicateIndex {
  private static final int ROWS = 4;
  private static final int BANDS = MinHash.SIZE / ROWS;
  private final double minSimilarity;
  private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();

  /** An indexed article. */
  private record Entry(long seq, String articleId, String outlet, int[] signature) {}

  private long added;

  public NearDuplicateIndex(double minSimilarity) {
    if (minSimilarity <= 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
    }
    this.minSimilarity = minSimilarity;
    for (int i = 0; i < BANDS; i++) {
      bands.add(new HashMap<>());
    }
  }

  /**
   * The earliest indexed article of another outlet whose text is a near copy of {@code text}
   * (articles are added in publication order, so that is the original a reprint copies).
   */
  public synchronized Optional<String> originalOf(String text, String outlet) {
    int[] sig = MinHash.signature(text);
    Entry earliest = null;
    for (Entry e : candidates(sig)) {
      if (!e.outlet().equals(outlet) && MinHash.similarity(e.signature(), sig) >= minSimilarity && (earliest == null || e.seq() < earliest.seq())) {
        earliest = e;
      }
    }
    return Optional.ofNullable(earliest).map(Entry::articleId);
  }

  private List<Entry> candidates(int[] sig) {
    List<Entry> out = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      for (Entry e : bands.get(b).getOrDefault(key(sig, b), List.of())) {
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  public synchronized void add(String articleId, String outlet, String text) {
    int[] sig = MinHash.signature(text);
    Entry e = new Entry(added++, articleId, outlet, sig);
    for (int b = 0; b < BANDS; b++) {
      bands.get(b).computeIfAbsent(key(sig, b), k -> new ArrayList<>()).add(e);
    }
  }

  private static long key(int[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 31 + sig[band * ROWS + r];
    }
    return h;
  }
}
