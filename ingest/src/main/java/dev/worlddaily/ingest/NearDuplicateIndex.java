package dev.worlddaily.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the original of a near-identical copy (wire story, reprint) among indexed articles:
 * MinHash signatures split into bands (locality-sensitive hashing) give a few candidates, and the
 * estimated Jaccard similarity of their signatures decides.
 *
 * <p>Memory is bounded: the index keeps the most recent {@code maxEntries} articles (reprints
 * follow their original within hours or days) and forgets the oldest first. Entries live in flat
 * arrays (one int[] of signatures, a ring) and the bands in one open-addressing table of
 * primitive keys: about 1.4 KB per article where boxed maps and lists took 5.2 KB (500-word
 * texts, docs/BENCHMARKS.md), so the default window of 100,000 articles costs about 160 MB at
 * most; arrays grow as articles arrive, so a small run allocates little.
 */
public final class NearDuplicateIndex {
  public static final int DEFAULT_MAX_ENTRIES = 100_000;
  private static final int ROWS = 4;
  private static final int BANDS = MinHash.SIZE / ROWS;
  private static final int INITIAL_ENTRIES = 1024;

  private final double minSimilarity;
  private final int maxEntries;
  private int[] signatures;
  private String[] ids;
  private String[] outlets;
  private long[] seqs;
  /** Band table: key per cell, entry slot + 1 per cell (0 = empty); linear probing, duplicates kept. */
  private long[] keys;
  private int[] cells;
  private int mask;
  private long added;

  public NearDuplicateIndex(double minSimilarity) {
    this(minSimilarity, DEFAULT_MAX_ENTRIES);
  }

  /**
   * @param maxEntries articles remembered; when full, adding one forgets the oldest
   */
  public NearDuplicateIndex(double minSimilarity, int maxEntries) {
    if (minSimilarity <= 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    }
    this.minSimilarity = minSimilarity;
    this.maxEntries = maxEntries;
    allocate(Math.min(INITIAL_ENTRIES, maxEntries));
  }

  private void allocate(int entries) {
    signatures = new int[entries * MinHash.SIZE];
    ids = new String[entries];
    outlets = new String[entries];
    seqs = new long[entries];
    int tableSize = Integer.highestOneBit(Math.max(2, entries * BANDS * 2) - 1) << 1;
    keys = new long[tableSize];
    cells = new int[tableSize];
    mask = tableSize - 1;
  }

  /**
   * The earliest indexed article of another outlet whose text is a near copy of {@code text}
   * (articles are added in publication order, so that is the original a reprint copies).
   */
  public Optional<String> originalOf(String text, String outlet) {
    return originalOf(MinHash.signature(text), outlet);
  }

  /** {@link #originalOf(String, String)} for a text whose {@link MinHash#signature} is known. */
  public synchronized Optional<String> originalOf(int[] sig, String outlet) {
    checkSignature(sig);
    int best = -1;
    for (int b = 0; b < BANDS; b++) {
      long key = key(sig, b);
      for (int c = home(key); cells[c] != 0; c = (c + 1) & mask) {
        int slot = cells[c] - 1;
        if (keys[c] == key && (best < 0 || seqs[slot] < seqs[best]) && !outlets[slot].equals(outlet) && similarity(slot, sig) >= minSimilarity) {
          best = slot;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(ids[best]);
  }

  public void add(String articleId, String outlet, String text) {
    add(articleId, outlet, MinHash.signature(text));
  }

  /** {@link #add(String, String, String)} for a text whose {@link MinHash#signature} is known. */
  public synchronized void add(String articleId, String outlet, int[] sig) {
    checkSignature(sig);
    int live = (int) Math.min(added, maxEntries);
    if (live == ids.length && live < maxEntries) {
      grow(Math.min(maxEntries, ids.length * 2));
    }
    int slot = (int) (added % maxEntries);
    if (added >= maxEntries) {
      forget(slot);
    }
    System.arraycopy(sig, 0, signatures, slot * MinHash.SIZE, MinHash.SIZE);
    ids[slot] = articleId;
    outlets[slot] = outlet;
    seqs[slot] = added++;
    insertBands(slot);
  }

  /** Articles currently remembered. */
  private static void checkSignature(int[] sig) {
    if (sig.length != MinHash.SIZE) {
      throw new IllegalArgumentException("a MinHash signature has " + MinHash.SIZE + " values, not " + sig.length);
    }
  }

  public synchronized int size() {
    return (int) Math.min(added, maxEntries);
  }

  private void grow(int entries) {
    int live = ids.length;
    int[] oldSignatures = signatures;
    String[] oldIds = ids;
    String[] oldOutlets = outlets;
    long[] oldSeqs = seqs;
    allocate(entries);
    // Before the ring is full, slot i holds the i-th article: copying keeps the slots.
    System.arraycopy(oldSignatures, 0, signatures, 0, live * MinHash.SIZE);
    System.arraycopy(oldIds, 0, ids, 0, live);
    System.arraycopy(oldOutlets, 0, outlets, 0, live);
    System.arraycopy(oldSeqs, 0, seqs, 0, live);
    for (int s = 0; s < live; s++) {
      insertBands(s);
    }
  }

  private void insertBands(int slot) {
    for (int b = 0; b < BANDS; b++) {
      long key = key(signatures, slot * MinHash.SIZE, b);
      int c = home(key);
      while (cells[c] != 0) {
        c = (c + 1) & mask;
      }
      keys[c] = key;
      cells[c] = slot + 1;
    }
  }

  /** Removes an entry's band cells (backward-shift deletion keeps every probe chain intact). */
  private void forget(int slot) {
    for (int b = 0; b < BANDS; b++) {
      long key = key(signatures, slot * MinHash.SIZE, b);
      int c = home(key);
      while (!(cells[c] == slot + 1 && keys[c] == key)) {
        c = (c + 1) & mask;
      }
      removeCell(c);
    }
  }

  private void removeCell(int hole) {
    int i = hole;
    int j = hole;
    while (true) {
      j = (j + 1) & mask;
      if (cells[j] == 0) {
        break;
      }
      int h = home(keys[j]);
      boolean staysBehindHole = i <= j ? (i < h && h <= j) : (i < h || h <= j);
      if (!staysBehindHole) {
        keys[i] = keys[j];
        cells[i] = cells[j];
        i = j;
      }
    }
    cells[i] = 0;
    keys[i] = 0;
  }

  private double similarity(int slot, int[] sig) {
    int base = slot * MinHash.SIZE;
    int same = 0;
    for (int i = 0; i < MinHash.SIZE; i++) {
      if (signatures[base + i] == sig[i]) {
        same++;
      }
    }
    return same / (double) MinHash.SIZE;
  }

  private int home(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static long key(int[] sig, int band) {
    return key(sig, 0, band);
  }

  private static long key(int[] sig, int offset, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 31 + sig[offset + band * ROWS + r];
    }
    return h;
  }

  @Override
  public synchronized String toString() {
    return "NearDuplicateIndex[" + size() + " of " + maxEntries + " articles, " + Arrays.stream(cells).filter(c -> c != 0).count() + " band cells]";
  }
}
