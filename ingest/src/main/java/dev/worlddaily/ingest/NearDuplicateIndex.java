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
 * arrays (one int[] of signatures, a ring). Each distinct band value has one cell in an
 * open-addressing table of primitive keys, kept at most half full, which heads a chain of the
 * articles sharing it in the order they were added (docs/BENCHMARKS.md has the bytes per
 * article); arrays grow as articles arrive, so a small run allocates little.
 *
 * <p>Time is bounded too. A band value that many texts share (a credit line, a template, a
 * standard paragraph) says little about any one of them, and at 100,000 articles such a value can
 * be shared by thousands. A lookup examines each candidate at most once, and of a band value
 * shared by more than {@value #COMMON} remembered articles only the {@value #COMMON_EXAMINED}
 * oldest: a wire story's original heads the chains of its copies' values, and a true copy shares
 * several band values with its original that few other texts have.
 */
public final class NearDuplicateIndex {
  public static final int DEFAULT_MAX_ENTRIES = 100_000;
  /** A band value shared by more articles than this is common: only its oldest few are examined. */
  static final int COMMON = 32;
  static final int COMMON_EXAMINED = 2;
  private static final int INITIAL_TABLE = 1 << 12;
  private static final int ROWS = 4;
  private static final int BANDS = MinHash.SIZE / ROWS;
  private static final int INITIAL_ENTRIES = 1024;
  private static final int NONE = -1;

  private final double minSimilarity;
  private final int maxEntries;
  private int[] signatures;
  private String[] ids;
  private String[] outlets;
  private long[] seqs;
  /** Per node (slot * BANDS + band): the next node added under the same band value, or NONE. */
  private int[] next;
  /**
   * Band table, one cell per distinct band value: its key, its first and last node + 1 (0 = empty
   * cell) and how many nodes its chain holds.
   */
  private int[] keys;
  private int[] heads;
  private int[] tails;
  private int[] counts;
  private int mask;
  private int usedCells;
  /** Per slot: the lookup that last examined it (each candidate is compared once per lookup). */
  private int[] examined;
  private int lookup;
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
    next = new int[entries * BANDS];
    examined = new int[entries];
    allocateTable(keys == null ? INITIAL_TABLE : keys.length);
  }

  private void allocateTable(int size) {
    keys = new int[size];
    heads = new int[size];
    tails = new int[size];
    counts = new int[size];
    mask = size - 1;
    usedCells = 0;
  }

  /** Doubles the band table (chains are nodes, so only the cells move). */
  private void growTable() {
    int[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldTails = tails;
    int[] oldCounts = counts;
    allocateTable(oldKeys.length * 2);
    for (int o = 0; o < oldKeys.length; o++) {
      if (oldHeads[o] != 0) {
        int c = home(oldKeys[o]);
        while (heads[c] != 0) {
          c = (c + 1) & mask;
        }
        keys[c] = oldKeys[o];
        heads[c] = oldHeads[o];
        tails[c] = oldTails[o];
        counts[c] = oldCounts[o];
        usedCells++;
      }
    }
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
    if (++lookup == 0) {
      Arrays.fill(examined, 0);
      lookup = 1;
    }
    int best = -1;
    for (int b = 0; b < BANDS; b++) {
      int c = cellOf(key(sig, 0, b));
      if (c < 0) {
        continue;
      }
      int budget = counts[c] > COMMON ? COMMON_EXAMINED : COMMON;
      for (int node = heads[c] - 1; node != NONE && budget > 0; node = next[node]) {
        int slot = node / BANDS;
        if (best >= 0 && seqs[slot] >= seqs[best]) {
          break; // a chain is in the order articles were added: nothing later can be earlier
        }
        if (examined[slot] == lookup) {
          continue;
        }
        examined[slot] = lookup;
        budget--;
        if (!outlets[slot].equals(outlet) && similarity(slot, sig) >= minSimilarity) {
          best = slot;
          break;
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
    link(slot);
  }

  private static void checkSignature(int[] sig) {
    if (sig.length != MinHash.SIZE) {
      throw new IllegalArgumentException("a MinHash signature has " + MinHash.SIZE + " values, not " + sig.length);
    }
  }

  /** Articles currently remembered. */
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
    // Before the ring is full, slot i holds the i-th article: copying keeps the slots, and
    // linking them in slot order keeps every chain in the order the articles were added.
    System.arraycopy(oldSignatures, 0, signatures, 0, live * MinHash.SIZE);
    System.arraycopy(oldIds, 0, ids, 0, live);
    System.arraycopy(oldOutlets, 0, outlets, 0, live);
    System.arraycopy(oldSeqs, 0, seqs, 0, live);
    for (int s = 0; s < live; s++) {
      link(s);
    }
  }

  /** Appends the slot's nodes to the chains of its band values. */
  private void link(int slot) {
    for (int b = 0; b < BANDS; b++) {
      int node = slot * BANDS + b;
      int key = key(signatures, slot * MinHash.SIZE, b);
      next[node] = NONE;
      int c = home(key);
      while (heads[c] != 0 && keys[c] != key) {
        c = (c + 1) & mask;
      }
      if (heads[c] == 0) {
        keys[c] = key;
        heads[c] = node + 1;
        usedCells++;
      } else {
        next[tails[c] - 1] = node;
      }
      tails[c] = node + 1;
      counts[c]++;
      if (usedCells * 2 > keys.length) {
        growTable();
      }
    }
  }

  /**
   * Unlinks the slot's nodes. The slot forgotten is the oldest remembered and chains are in the
   * order articles were added, so it heads each of its chains.
   */
  private void forget(int slot) {
    for (int b = 0; b < BANDS; b++) {
      int node = slot * BANDS + b;
      int c = cellOf(key(signatures, slot * MinHash.SIZE, b));
      if (c < 0 || heads[c] - 1 != node) {
        throw new IllegalStateException("near-duplicate index: the oldest article does not head its band chain");
      }
      if (next[node] == NONE) {
        removeCell(c);
      } else {
        heads[c] = next[node] + 1;
        counts[c]--;
      }
    }
  }

  /** The table cell of a band value, or -1 when no remembered article has it. */
  private int cellOf(int key) {
    for (int c = home(key); heads[c] != 0; c = (c + 1) & mask) {
      if (keys[c] == key) {
        return c;
      }
    }
    return -1;
  }

  /** Empties a cell; backward-shift deletion keeps every probe sequence intact. */
  private void removeCell(int hole) {
    int i = hole;
    int j = hole;
    while (true) {
      j = (j + 1) & mask;
      if (heads[j] == 0) {
        break;
      }
      int h = home(keys[j]);
      boolean staysBehindHole = i <= j ? (i < h && h <= j) : (i < h || h <= j);
      if (!staysBehindHole) {
        keys[i] = keys[j];
        heads[i] = heads[j];
        tails[i] = tails[j];
        counts[i] = counts[j];
        i = j;
      }
    }
    heads[i] = 0;
    tails[i] = 0;
    counts[i] = 0;
    keys[i] = 0;
    usedCells--;
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

  private int home(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /**
   * A band's value: its rows hashed to 32 bits. Two band values that collide only share a chain;
   * the signatures' similarity still decides.
   */
  private static int key(int[] sig, int offset, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 31 + sig[offset + band * ROWS + r];
    }
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public synchronized String toString() {
    return "NearDuplicateIndex[" + size() + " of " + maxEntries + " articles, " + Arrays.stream(heads).filter(c -> c != 0).count() + " band values]";
  }
}
