package dev.worlddaily.cluster;

import java.util.Arrays;

/**
 * Which outlet wrote on which day (UTC), as sorted (outlet, epoch day) pairs in two exact-size
 * arrays: a story of five outlets holds some 80 bytes here instead of a kilobyte of hash sets of
 * dates. Immutable, so that a story and its members share an article's pairs until they differ.
 */
final class OutletDays {
  static final OutletDays NONE = new OutletDays(new String[0], new int[0]);

  private final String[] outlets;
  private final int[] days;

  private OutletDays(String[] outlets, int[] days) {
    this.outlets = outlets;
    this.days = days;
  }

  static OutletDays of(String outlet, long epochDay) {
    return new OutletDays(new String[] {outlet}, new int[] {Math.toIntExact(epochDay)});
  }

  /** Whether this is one pair on that day. */
  boolean isOnly(long epochDay) {
    return days.length == 1 && days[0] == epochDay;
  }

  /** The first outlet (of a single pair: its outlet). */
  String firstOutlet() {
    return outlets[0];
  }

  int size() {
    return outlets.length;
  }

  /** The pairs of both, each once; this (or the other) itself when it already holds them all. */
  OutletDays union(OutletDays other) {
    int n = outlets.length;
    for (int i = 0, j = 0; j < other.outlets.length; ) {
      int c = i < outlets.length ? compare(i, other, j) : 1;
      if (c < 0) {
        i++;
      } else {
        if (c > 0) {
          n++;
        } else {
          i++;
        }
        j++;
      }
    }
    if (n == outlets.length) {
      return this;
    }
    if (n == other.outlets.length) {
      return other;
    }
    String[] o = new String[n];
    int[] d = new int[n];
    int i = 0;
    int j = 0;
    for (int out = 0; out < n; out++) {
      int c = i >= outlets.length ? 1 : j >= other.outlets.length ? -1 : compare(i, other, j);
      if (c <= 0) {
        o[out] = outlets[i];
        d[out] = days[i++];
        if (c == 0) {
          j++;
        }
      } else {
        o[out] = other.outlets[j];
        d[out] = other.days[j++];
      }
    }
    return new OutletDays(o, d);
  }

  /** Whether one outlet wrote on one day in both. */
  boolean sharesAny(OutletDays other) {
    for (int i = 0, j = 0; i < outlets.length && j < other.outlets.length; ) {
      int c = compare(i, other, j);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private int compare(int i, OutletDays other, int j) {
    int c = outlets[i].compareTo(other.outlets[j]);
    return c != 0 ? c : Integer.compare(days[i], other.days[j]);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("OutletDays[");
    for (int i = 0; i < outlets.length; i++) {
      b.append(i == 0 ? "" : ", ").append(outlets[i]).append('@').append(days[i]);
    }
    return b.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutletDays other && Arrays.equals(outlets, other.outlets) && Arrays.equals(days, other.days);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(outlets) + Arrays.hashCode(days);
  }
}
