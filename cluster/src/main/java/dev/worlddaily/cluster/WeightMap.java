package dev.worlddaily.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A sparse vector of weights by key (words, names, figures) that keeps its squared norm up to
 * date as vectors are added, so a cosine costs one pass over the smaller vector.
 */
final class WeightMap {
  private final Map<String, Double> weights = new HashMap<>();
  private double norm2;

  double get(String key) {
    Double w = weights.get(key);
    return w == null ? 0 : w;
  }

  void add(String key, double w) {
    double old = get(key);
    double now = old + w;
    weights.put(key, now);
    norm2 += now * now - old * old;
  }

  void add(WeightMap other) {
    other.weights.forEach(this::add);
  }

  /** Multiplies every weight by a factor of its key (rarity), once, when an article is weighed. */
  void scale(ToDoubleFunction<String> factor) {
    norm2 = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double w = e.getValue() * factor.applyAsDouble(e.getKey());
      e.setValue(w);
      norm2 += w * w;
    }
  }

  /** Cosine with another map; 0 when either is empty. */
  double cosine(WeightMap other) {
    if (norm2 <= 0 || other.norm2 <= 0) {
      return 0;
    }
    WeightMap small = weights.size() <= other.weights.size() ? this : other;
    WeightMap large = small == this ? other : this;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.weights.entrySet()) {
      Double w = large.weights.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot <= 0 ? 0 : Math.min(1, dot / Math.sqrt(norm2 * other.norm2));
  }

  /** Keeps the {@code keep} largest weights once the map has grown past twice that. */
  void prune(int keep) {
    if (weights.size() <= 2 * keep) {
      return;
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    // Ties broken by key, so that pruning does not depend on hash order.
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Double> e : entries.subList(keep, entries.size())) {
      weights.remove(e.getKey());
    }
    norm2 = 0;
    for (double w : weights.values()) {
      norm2 += w * w;
    }
  }

  Set<String> keySet() {
    return weights.keySet();
  }

  Set<Map.Entry<String, Double>> entrySet() {
    return weights.entrySet();
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  int size() {
    return weights.size();
  }
}
