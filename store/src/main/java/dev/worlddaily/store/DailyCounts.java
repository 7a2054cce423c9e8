package dev.worlddaily.store;

import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The portable way to count daily mentions: read the stories updated since then. */
final class DailyCounts {
  private static final int PAGE = 500;

  private DailyCounts() {}

  static List<DailyCount> fromStories(Store store, Instant since, boolean byTag) {
    Map<String, Map<LocalDate, Integer>> counts = new LinkedHashMap<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Story> batch = store.stories(new StoryQuery(false, null, since, null, null, null, offset, PAGE));
      for (Story s : batch) {
        List<String> keys = byTag ? s.tags() : s.category() == null ? List.of() : List.of(s.category().label());
        for (Source src : s.sources()) {
          Instant t = src.published() == null ? s.updated() : src.published();
          if (t == null || t.isBefore(since)) {
            continue;
          }
          LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
          for (String k : keys) {
            counts.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(day, 1, Integer::sum);
          }
        }
      }
      if (batch.size() < PAGE) {
        break;
      }
    }
    List<DailyCount> out = new ArrayList<>();
    counts.forEach((k, days) -> days.forEach((d, n) -> out.add(new DailyCount(k, d, n))));
    return out;
  }
}
