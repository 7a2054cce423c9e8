package dev.worlddaily.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * A sparse vector of weights by key (words, names, figures) that keeps its squared norm up to
 * date, so a cosine costs one pass. It has two layouts. While an article is being profiled its
 * maps are open-addressing tables of keys and float weights (no boxing), filled key by key. Once
 * {@link #sort() sorted} (an article's maps after weighing, every story's and member's map), the
 * entries sit in arrays of exactly their number ordered by key hash, then key: 8 bytes an entry
 * instead of 13-32 in a table; two sorted maps meet in one merge pass, and adding one sorted map
 * to another (an article to its story) is a merge into new exact-size arrays. Iteration order
 * depends only on the keys (and, for a table, the order they came in), so results are
 * reproducible.
 */
final class WeightMap {
  private static final String[] NO_KEYS = new String[0];
  private static final float[] NO_WEIGHTS = new float[0];

  private String[] keys = NO_KEYS;
  private float[] weights = NO_WEIGHTS;
  private int size;
  private double norm2;
  /** Entries in exact-size arrays ordered by {@link #order}, added to by merging only. */
  private boolean sorted;
  /** A read-only sorted map's weights in half precision ({@link #halve}); {@code weights} is null then. */
  private short[] half;

  double get(String key) {
    if (size == 0) {
      return 0;
    }
    int slot = slotOf(key);
    return slot < 0 ? 0 : weight(slot);
  }

  /** Adds a weight to a key of a table (an article being profiled). */
  void add(String key, double w) {
    readOnlyIfHalved();
    if (sorted) {
      if (size > 0) {
        throw new IllegalStateException("a sorted weight map takes whole maps only");
      }
      sorted = false;
    }
    if ((size + 1) * 10 > keys.length * 6) {
      resize(Math.max(8, keys.length * 2));
    }
    int slot = find(key);
    double old = 0;
    if (keys[slot] == null) {
      keys[slot] = key;
      size++;
    } else {
      old = weights[slot];
    }
    float now = (float) (old + w);
    weights[slot] = now;
    norm2 += (double) now * now - old * old;
  }

  /**
   * Adds another map's weights. An empty map or a sorted one takes them by merging and stays (or
   * becomes) sorted; a table takes them key by key.
   */
  void add(WeightMap other) {
    if (other.size == 0) {
      return;
    }
    readOnlyIfHalved();
    if (sorted || size == 0) {
      merge(other.sorted ? other : other.sortedCopy());
      return;
    }
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != null) {
        add(other.keys[i], other.weights[i]);
      }
    }
  }

  /** This sorted (or empty) map plus a sorted one, into exact-size arrays; the norm recomputed. */
  private void merge(WeightMap other) {
    int n = size;
    for (int i = 0, j = 0; j < other.size; ) {
      int c = i < size ? order(keys[i], other.keys[j]) : 1;
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
    String[] k = new String[n];
    float[] w = new float[n];
    double n2 = 0;
    int i = 0;
    int j = 0;
    for (int out = 0; out < n; out++) {
      int c = i >= size ? 1 : j >= other.size ? -1 : order(keys[i], other.keys[j]);
      if (c < 0) {
        k[out] = keys[i];
        w[out] = weights[i++];
      } else if (c > 0) {
        k[out] = other.keys[j];
        w[out] = other.weight(j++);
      } else {
        k[out] = keys[i];
        w[out] = (float) ((double) weights[i++] + other.weight(j++));
      }
      n2 += (double) w[out] * w[out];
    }
    keys = k;
    weights = w;
    size = n;
    norm2 = n2;
    sorted = true;
  }

  /** Multiplies every weight by a factor of its key (rarity), once, when an article is weighed. */
  void scale(ToDoubleFunction<String> factor) {
    readOnlyIfHalved();
    norm2 = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        weights[i] = (float) (weights[i] * factor.applyAsDouble(keys[i]));
        norm2 += (double) weights[i] * weights[i];
      }
    }
  }

  /** Replaces each key by an equal one (the shared instance of a rarity table). */
  void intern(UnaryOperator<String> canonical) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        keys[i] = canonical.apply(keys[i]);
      }
    }
  }

  /** Cosine with another map; 0 when either is empty. */
  double cosine(WeightMap other) {
    if (norm2 <= 0 || other.norm2 <= 0) {
      return 0;
    }
    WeightMap small = size <= other.size ? this : other;
    WeightMap large = small == this ? other : this;
    double dot = small.sorted && large.sorted ? mergedDot(small, large) : 0;
    if (!(small.sorted && large.sorted)) {
      for (int i = 0; i < small.keys.length; i++) {
        String k = small.keys[i];
        if (k != null) {
          int slot = large.slotOf(k);
          if (slot >= 0) {
            dot += (double) small.weight(i) * large.weight(slot);
          }
        }
      }
    }
    return dot <= 0 ? 0 : Math.min(1, dot / Math.sqrt(norm2 * other.norm2));
  }

  /** The dot product of two sorted maps, in one pass over both (the smaller's order). */
  private static double mergedDot(WeightMap small, WeightMap large) {
    double dot = 0;
    int j = 0;
    for (int i = 0; i < small.size && j < large.size; i++) {
      String k = small.keys[i];
      while (j < large.size && order(large.keys[j], k) < 0) {
        j++;
      }
      if (j < large.size && large.keys[j].equals(k)) {
        dot += (double) small.weight(i) * large.weight(j);
        j++;
      }
    }
    return dot;
  }

  /**
   * Turns a table into the sorted layout: exact-size arrays ordered by key hash (then key). The
   * weights and the norm are kept as they are.
   */
  void sort() {
    if (sorted) {
      return;
    }
    WeightMap s = sortedCopy();
    keys = s.keys;
    weights = s.weights;
    sorted = true;
  }

  /** A sorted copy of a table (same weights and norm). */
  private WeightMap sortedCopy() {
    String[] k = new String[size];
    float[] w = new float[size];
    Integer[] slots = new Integer[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        slots[n++] = i;
      }
    }
    Arrays.sort(slots, (a, b) -> order(keys[a], keys[b]));
    for (int i = 0; i < size; i++) {
      k[i] = keys[slots[i]];
      w[i] = weights[slots[i]];
    }
    WeightMap copy = new WeightMap();
    copy.keys = size == 0 ? NO_KEYS : k;
    copy.weights = size == 0 ? NO_WEIGHTS : w;
    copy.size = size;
    copy.norm2 = norm2;
    copy.sorted = true;
    return copy;
  }

  /**
   * Makes a map read-only with its weights in half precision ({@link Float#floatToFloat16}, 6
   * bytes an entry instead of 8), sorted first; the norm is recomputed from the rounded weights,
   * so cosines stay consistent with them. For a story member's maps, which never change: a
   * weight moves by 2^-11 of itself at most.
   */
  void halve() {
    if (half != null) {
      return;
    }
    sort();
    short[] h = new short[size];
    double n2 = 0;
    for (int i = 0; i < size; i++) {
      h[i] = Float.floatToFloat16(weights[i]);
      float w = Float.float16ToFloat(h[i]);
      n2 += (double) w * w;
    }
    half = h;
    weights = null;
    norm2 = n2;
  }

  private float weight(int i) {
    return half != null ? Float.float16ToFloat(half[i]) : weights[i];
  }

  private void readOnlyIfHalved() {
    if (half != null) {
      throw new IllegalStateException("a weight map in half precision is read-only");
    }
  }

  /** The order of sorted entries: by hash code (cached in a string), then by the key itself. */
  private static int order(String a, String b) {
    int c = Integer.compare(a.hashCode(), b.hashCode());
    return c != 0 ? c : a.compareTo(b);
  }

  /** The slot of a key, or -1 when the map does not hold it. */
  private int slotOf(String key) {
    if (sorted) {
      int lo = 0;
      int hi = size - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = order(keys[mid], key);
        if (c == 0) {
          return mid;
        }
        if (c < 0) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }
    if (keys.length == 0) {
      return -1;
    }
    int slot = find(key);
    return keys[slot] == null ? -1 : slot;
  }

  /** Keeps the {@code keep} largest weights once the map has grown past twice that. */
  void prune(int keep) {
    if (size > 2 * keep) {
      keepLargest(keep);
    }
  }

  /** A sorted copy with only the {@code keep} largest weights. */
  WeightMap top(int keep) {
    WeightMap copy = new WeightMap();
    copy.add(this);
    if (copy.size > keep) {
      copy.keepLargest(keep);
    }
    return copy;
  }

  /** Keeps the {@code keep} largest weights (ties by key, not by layout), sorted. */
  private void keepLargest(int keep) {
    readOnlyIfHalved();
    sort();
    Integer[] byWeight = new Integer[size];
    for (int i = 0; i < size; i++) {
      byWeight[i] = i;
    }
    Arrays.sort(byWeight, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> keys[i]));
    int n = Math.min(keep, size);
    int[] kept = new int[n];
    for (int i = 0; i < n; i++) {
      kept[i] = byWeight[i];
    }
    Arrays.sort(kept);
    String[] k = new String[n];
    float[] w = new float[n];
    double n2 = 0;
    for (int i = 0; i < n; i++) {
      k[i] = keys[kept[i]];
      w[i] = weights[kept[i]];
      n2 += (double) w[i] * w[i];
    }
    keys = n == 0 ? NO_KEYS : k;
    weights = n == 0 ? NO_WEIGHTS : w;
    size = n;
    norm2 = n2;
  }

  void forEach(ObjDoubleConsumer<String> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(keys[i], weight(i));
      }
    }
  }

  /** The keys, in layout order. */
  List<String> keys() {
    List<String> out = new ArrayList<>(size);
    for (String k : keys) {
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  private int find(String key) {
    int mask = keys.length - 1;
    int slot = mix(key.hashCode()) & mask;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void resize(int capacity) {
    String[] oldKeys = keys;
    float[] oldWeights = weights;
    keys = new String[capacity];
    weights = new float[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        weights[slot] = oldWeights[i];
      }
    }
  }

  @Override
  public String toString() {
    return "WeightMap" + Arrays.toString(keys().toArray());
  }
}
