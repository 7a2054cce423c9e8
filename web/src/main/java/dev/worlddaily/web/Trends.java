package dev.worlddaily.web;

import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities whose daily mention rate over the last two days rises against their own baseline over
 * the five days before, with seven daily counts for a sparkline. Days are counted back from the
 * newest story, so a replayed archive trends as it did live.
 */
final class Trends {
  static final int DAYS = 7;
  private static final int RECENT_DAYS = 2;
  private static final int MAX_STORIES = 2_000;

  private final Store store;

  Trends(Store store) {
    this.store = store;
  }

  List<Trend> compute(int max) {
    List<Story> recent = store.stories(StoryQuery.latest(MAX_STORIES));
    Instant newest = recent.stream().map(Story::updated).filter(t -> t != null).max(Instant::compareTo).orElse(Instant.now());
    LocalDate last = LocalDate.ofInstant(newest, ZoneOffset.UTC);
    Map<String, int[]> counts = new HashMap<>();
    Map<String, List<Story>> stories = new HashMap<>();
    for (Story s : recent) {
      if (s.updated() == null || s.updated().isBefore(newest.minus(Duration.ofDays(DAYS)))) {
        continue;
      }
      int day = DAYS - 1 - (int) (last.toEpochDay() - LocalDate.ofInstant(s.updated(), ZoneOffset.UTC).toEpochDay());
      if (day < 0 || day >= DAYS) {
        continue;
      }
      for (String tag : s.tags()) {
        counts.computeIfAbsent(tag, k -> new int[DAYS])[day] += Math.max(1, s.sources().size());
        stories.computeIfAbsent(tag, k -> new ArrayList<>()).add(s);
      }
    }
    List<Trend> out = new ArrayList<>();
    counts.forEach((name, daily) -> {
      double recentRate = 0;
      double baseRate = 0;
      for (int i = 0; i < DAYS; i++) {
        if (i >= DAYS - RECENT_DAYS) {
          recentRate += daily[i];
        } else {
          baseRate += daily[i];
        }
      }
      recentRate /= RECENT_DAYS;
      baseRate /= DAYS - RECENT_DAYS;
      double lift = (recentRate + 0.5) / (baseRate + 0.5);
      if (recentRate >= 1) {
        out.add(new Trend(name, daily, lift, stories.get(name).stream().limit(3).toList()));
      }
    });
    out.sort(Comparator.comparingDouble((Trend t) -> -t.lift()).thenComparingInt(t -> -t.total()).thenComparing(Trend::name));
    return out.size() > max ? out.subList(0, max) : out;
  }
}
