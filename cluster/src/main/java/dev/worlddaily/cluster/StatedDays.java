package dev.worlddaily.cluster;

/**
 * The days an article or story states (dates in its text), as a sorted array of distinct epoch
 * days: 4 bytes a date instead of some 80 in a sorted map. Arrays are never changed once made,
 * so profiles share them.
 */
final class StatedDays {
  static final int[] NONE = new int[0];

  private StatedDays() {}

  /** The days of both, each once; one of the two itself when it holds them all. */
  static int[] union(int[] a, int[] b) {
    int n = a.length;
    for (int i = 0, j = 0; j < b.length; ) {
      if (i < a.length && a[i] < b[j]) {
        i++;
      } else {
        if (i >= a.length || a[i] > b[j]) {
          n++;
        } else {
          i++;
        }
        j++;
      }
    }
    if (n == a.length) {
      return a;
    }
    if (n == b.length) {
      return b;
    }
    int[] out = new int[n];
    int i = 0;
    int j = 0;
    for (int k = 0; k < n; k++) {
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        out[k] = a[i++];
      } else {
        if (i < a.length && a[i] == b[j]) {
          i++;
        }
        out[k] = b[j++];
      }
    }
    return out;
  }

  /** Fewest days between a day of one and a day of the other; -1 when either is empty. */
  static long daysApart(int[] x, int[] y) {
    if (x.length == 0 || y.length == 0) {
      return -1;
    }
    long best = Long.MAX_VALUE;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      long d = (long) x[i] - y[j];
      best = Math.min(best, Math.abs(d));
      if (best == 0) {
        return 0;
      }
      if (d < 0) {
        i++;
      } else {
        j++;
      }
    }
    return best;
  }
}
