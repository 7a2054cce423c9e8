package dev.worlddaily.cluster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The running summary of one open story that new articles are compared with. */
final class StoryState {
  final String id;
  final long sequence;
  final Set<String> articleIds = new LinkedHashSet<>();
  float[] leadSum;
  float[] bodySum;
  final Map<String, Integer> entities = new HashMap<>();
  final Map<String, Integer> places = new HashMap<>();
  final Set<LocalDate> dates = new HashSet<>();
  final Map<String, Set<LocalDate>> outletDays = new HashMap<>();
  Instant first;
  Instant last;

  StoryState(String id, long sequence) {
    this.id = id;
    this.sequence = sequence;
  }

  void add(ArticleSignals a) {
    articleIds.add(a.id());
    leadSum = add(leadSum, a.lead());
    bodySum = add(bodySum, a.body() != null ? a.body() : a.lead());
    a.entities().forEach((k, v) -> entities.merge(k, 1, Integer::sum));
    if (a.mainPlace() != null) {
      places.merge(a.mainPlace(), 1, Integer::sum);
    }
    dates.addAll(a.dates());
    if (a.time() != null) {
      first = first == null || a.time().isBefore(first) ? a.time() : first;
      last = last == null || a.time().isAfter(last) ? a.time() : last;
      outletDays.computeIfAbsent(a.outlet(), k -> new HashSet<>()).add(LocalDate.ofInstant(a.time(), java.time.ZoneOffset.UTC));
    } else {
      outletDays.computeIfAbsent(a.outlet(), k -> new HashSet<>());
    }
  }

  void absorb(StoryState other) {
    articleIds.addAll(other.articleIds);
    leadSum = add(leadSum, other.leadSum);
    bodySum = add(bodySum, other.bodySum);
    other.entities.forEach((k, v) -> entities.merge(k, v, Integer::sum));
    other.places.forEach((k, v) -> places.merge(k, v, Integer::sum));
    dates.addAll(other.dates);
    other.outletDays.forEach((k, v) -> outletDays.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    if (other.first != null) {
      first = first == null || other.first.isBefore(first) ? other.first : first;
    }
    if (other.last != null) {
      last = last == null || other.last.isAfter(last) ? other.last : last;
    }
  }

  private static float[] add(float[] sum, float[] v) {
    if (v == null) {
      return sum;
    }
    if (sum == null) {
      return v.clone();
    }
    float[] out = sum.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += v[i];
    }
    return out;
  }

  /** Cosine of a unit vector with this story's centroid of the given sum. */
  static double cosine(float[] unit, float[] sum) {
    if (unit == null || sum == null) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < sum.length; i++) {
      dot += unit[i] * sum[i];
      norm += sum[i] * sum[i];
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  /** The key with the highest count; ties go to the alphabetically first key, for determinism. */
  static String argmax(Map<String, Integer> counts) {
    String best = null;
    int bestCount = Integer.MIN_VALUE;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  String mainPlace() {
    return StoryState.argmax(places);
  }
}
