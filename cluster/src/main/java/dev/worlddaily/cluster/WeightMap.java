package dev.worlddaily.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * A sparse vector of weights by key (words, names, figures): an open-addressing table of keys and
 * float weights (about a sixth of the memory of a {@code HashMap<String, Double>}, no boxing) that
 * keeps its squared norm up to date as vectors are added, so a cosine costs one pass over the
 * smaller vector. Iteration order follows the table, which depends only on the keys added and
 * their order, so results are reproducible.
 *
 * <p>A map that will not change again (a story member's) can be {@link #freeze() frozen}: its
 * entries then sit in arrays of exactly their number, ordered by key hash, so that it costs 8
 * bytes an entry instead of 13-32 in the table, and two frozen maps meet in one merge pass.
 */
final class WeightMap {
  private static final String[] NO_KEYS = new String[0];
  private static final float[] NO_WEIGHTS = new float[0];

  private String[] keys = NO_KEYS;
  private float[] weights = NO_WEIGHTS;
  private int size;
  private double norm2;
  /** Entries in exact-size arrays ordered by {@link #order}; no more adds. */
  private boolean frozen;

  double get(String key) {
    if (size == 0) {
      return 0;
    }
    int slot = slotOf(key);
    return slot < 0 ? 0 : weights[slot];
  }

  void add(String key, double w) {
    if (frozen) {
      throw new IllegalStateException("a frozen weight map takes no more weights");
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

  void add(WeightMap other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != null) {
        add(other.keys[i], other.weights[i]);
      }
    }
  }

  /** Multiplies every weight by a factor of its key (rarity), once, when an article is weighed. */
  void scale(ToDoubleFunction<String> factor) {
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
    double dot = small.frozen && large.frozen ? mergedDot(small, large) : 0;
    if (!(small.frozen && large.frozen)) {
      for (int i = 0; i < small.keys.length; i++) {
        String k = small.keys[i];
        if (k != null) {
          int slot = large.slotOf(k);
          if (slot >= 0) {
            dot += (double) small.weights[i] * large.weights[slot];
          }
        }
      }
    }
    return dot <= 0 ? 0 : Math.min(1, dot / Math.sqrt(norm2 * other.norm2));
  }

  /** The dot product of two frozen maps, in one pass over both (the smaller's order). */
  private static double mergedDot(WeightMap small, WeightMap large) {
    double dot = 0;
    int j = 0;
    for (int i = 0; i < small.size && j < large.size; i++) {
      String k = small.keys[i];
      while (j < large.size && order(large.keys[j], k) < 0) {
        j++;
      }
      if (j < large.size && large.keys[j].equals(k)) {
        dot += (double) small.weights[i] * large.weights[j];
        j++;
      }
    }
    return dot;
  }

  /**
   * Makes the map read-only and as small as it can be: exact-size arrays ordered by key hash (then
   * key). The weights and the norm are kept as they are.
   */
  void freeze() {
    if (frozen) {
      return;
    }
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
    keys = size == 0 ? NO_KEYS : k;
    weights = size == 0 ? NO_WEIGHTS : w;
    frozen = true;
  }

  /** The order of frozen entries: by hash code (cached in a string), then by the key itself. */
  private static int order(String a, String b) {
    int c = Integer.compare(a.hashCode(), b.hashCode());
    return c != 0 ? c : a.compareTo(b);
  }

  /** The slot of a key, or -1 when the map does not hold it. */
  private int slotOf(String key) {
    if (frozen) {
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

  /** A copy with only the {@code keep} largest weights. */
  WeightMap top(int keep) {
    WeightMap copy = new WeightMap();
    copy.add(this);
    if (copy.size > keep) {
      copy.keepLargest(keep);
    }
    return copy;
  }

  private void keepLargest(int keep) {
    if (frozen) {
      throw new IllegalStateException("a frozen weight map is not pruned");
    }
    List<Integer> slots = new ArrayList<>(size);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        slots.add(i);
      }
    }
    // Ties broken by key, so that pruning does not depend on the table's layout.
    slots.sort(Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> keys[i]));
    String[] oldKeys = keys;
    float[] oldWeights = weights;
    keys = NO_KEYS;
    weights = NO_WEIGHTS;
    size = 0;
    norm2 = 0;
    resize(tableFor(keep));
    for (int i = 0; i < Math.min(keep, slots.size()); i++) {
      int s = slots.get(i);
      add(oldKeys[s], oldWeights[s]);
    }
  }

  void forEach(ObjDoubleConsumer<String> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(keys[i], weights[i]);
      }
    }
  }

  /** The keys, in table order. */
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

  private static int tableFor(int entries) {
    int n = 8;
    while (n * 6 < entries * 10 + 10) {
      n *= 2;
    }
    return n;
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
