package dev.worlddaily.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word 3-shingles: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the texts' shingle sets, so a reprint with a new dateline
 * and a trimmed paragraph still scores high.
 */
public final class MinHash {
  static final int SIZE = 128;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      SEEDS[i] = x | 1;
    }
  }

  private MinHash() {}

  public static int[] signature(String text) {
    Set<Long> shingles = shingles(text);
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long h = mix(s * SEEDS[i]);
        int v = (int) (h >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  private static Set<Long> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + 2 < words.length; i++) {
      if (!words[i].isEmpty()) {
        out.add(fnv(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
      }
    }
    if (out.isEmpty()) {
      out.add(fnv(text));
    }
    return out;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
