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
  /** Names in the current clean-up pass, and how far it got. */
  private List<String> sweep = new ArrayList<>();
  private int cursor;

  /** Records that a story carries these names. */
  void add(String storyId, Iterable<String> names) {
    for (String n : names) {
      ArrayDeque<String> q = storiesByName.computeIfAbsent(n, k -> new ArrayDeque<>(1));
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
    p.names.forEach((name, weight) -> {
      if (df.count(name) <= maxDf) {
        names.add(Map.entry(name, weight));
      }
    });
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

  /**
   * Forgets closed stories under a few names, and names no open story carries any more: a little
   * at every call, so the clean-up never stalls one assignment.
   */
  void maintain(Map<String, StoryState> open, int names) {
    for (int i = 0; i < names; i++) {
      if (cursor >= sweep.size()) {
        sweep = new ArrayList<>(storiesByName.keySet());
        cursor = 0;
        if (sweep.isEmpty()) {
          return;
        }
      }
      String name = sweep.get(cursor++);
      ArrayDeque<String> q = storiesByName.get(name);
      if (q != null) {
        q.removeIf(id -> !open.containsKey(id));
        if (q.isEmpty()) {
          storiesByName.remove(name);
        }
      }
    }
  }
}
