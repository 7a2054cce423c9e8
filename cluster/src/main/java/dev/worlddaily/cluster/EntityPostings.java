package dev.worlddaily.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open stories by the names they carry, so that an article finds stories that share its rare names
 * even when its embedding is not near theirs (another language, an unusual angle). Each name
 * remembers its most recent stories only, so lookups cost the same however long the archive.
 */
final class EntityPostings {
  /** Stories remembered per name. */
  private static final int PER_NAME = 32;
  /** Names of an article looked up, its rarest and most prominent first. */
  private static final int NAMES_LOOKED_UP = 8;
  /** A name in more than this share of articles is too common to find stories by. */
  private static final double MAX_SHARE = 0.02;

  private final Map<String, ArrayDeque<String>> storiesByName = new HashMap<>();

  /** Records that a story carries these names. */
  void add(String storyId, Iterable<String> names) {
    for (String n : names) {
      ArrayDeque<String> q = storiesByName.computeIfAbsent(n, k -> new ArrayDeque<>());
      if (q.contains(storyId)) {
        continue;
      }
      q.addLast(storyId);
      if (q.size() > PER_NAME) {
        q.removeFirst();
      }
    }
  }

  /**
   * Up to {@code limit} stories (ids, among {@code open}) that share the most rare-name weight with
   * the profile, best first.
   */
  List<String> find(EventProfile p, DocumentFrequencies df, Map<String, StoryState> open, int limit) {
    if (limit == 0 || p.names.isEmpty()) {
      return List.of();
    }
    double maxDf = Math.max(2, MAX_SHARE * df.documents());
    List<Map.Entry<String, Double>> names = new ArrayList<>();
    for (Map.Entry<String, Double> e : p.names.entrySet()) {
      if (df.count(e.getKey()) <= maxDf) {
        names.add(Map.entry(e.getKey(), e.getValue()));
      }
    }
    names.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> shared = new LinkedHashMap<>();
    for (Map.Entry<String, Double> name : names.subList(0, Math.min(NAMES_LOOKED_UP, names.size()))) {
      ArrayDeque<String> q = storiesByName.get(name.getKey());
      if (q == null) {
        continue;
      }
      for (String storyId : q) {
        if (open.containsKey(storyId)) {
          shared.merge(storyId, name.getValue(), Double::sum);
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(e -> open.get(e.getKey()).sequence, Comparator.naturalOrder()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Forgets names no open story carries any more (called now and then). */
  void compact(Map<String, StoryState> open) {
    storiesByName.values().forEach(q -> q.removeIf(id -> !open.containsKey(id)));
    storiesByName.values().removeIf(ArrayDeque::isEmpty);
  }
}
