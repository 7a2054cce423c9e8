package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds names (story tags, the canonical main entities) and topics (categories) whose mention
 * rate rises against their own baseline. A mention is a source article of a published story,
 * counted on the day it was published; the recent rate is the mean of the last two days, the
 * baseline the mean of the five days before. Days end at the newest source article, so an
 * archive replayed later trends as it did live.
 */
final class Trends {
  static final int DAYS = 7;
  static final int RECENT_DAYS = 2;
  /** Fewer recent mentions than this is noise, not a trend. */
  static final int MIN_RECENT = 2;
  private static final int PAGE = 500;
  private static final int MAX_STORIES = 50_000;
  private static final int STORIES_PER_TREND = 3;

  private final Store store;
  private final Clock clock;

  Trends(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  TrendReport compute(int maxEntities) {
    long start = System.nanoTime();
    List<Story> newestOne = store.stories(StoryQuery.latest(1));
    if (newestOne.isEmpty() || newestOne.get(0).updated() == null) {
      return TrendReport.empty(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
    Instant newest = newestOne.get(0).updated();
    LocalDate last = LocalDate.ofInstant(newest, ZoneOffset.UTC);
    Instant since = last.minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    Map<String, List<StoryLink>> stories = new HashMap<>();
    Map<Category, int[]> topics = new LinkedHashMap<>();
    Map<Category, List<StoryLink>> topicStories = new HashMap<>();
    // A story updated within the window holds every source published in it (its update is at
    // or after its newest source), so stories updated earlier can be skipped.
    for (int offset = 0; offset < MAX_STORIES; offset += PAGE) {
      List<Story> batch = store.stories(new StoryQuery(false, null, since, null, null, null, offset, PAGE));
      for (Story s : batch) {
        int[] perDay = perDay(s, last);
        StoryLink link = StoryLink.of(s);
        for (String tag : s.tags()) {
          String k = key(tag);
          display.putIfAbsent(k, tag);
          add(counts.computeIfAbsent(k, x -> new int[DAYS]), perDay);
          List<StoryLink> l = stories.computeIfAbsent(k, x -> new ArrayList<>());
          if (l.size() < STORIES_PER_TREND) {
            l.add(link);
          }
        }
        if (s.category() != null) {
          add(topics.computeIfAbsent(s.category(), x -> new int[DAYS]), perDay);
          List<StoryLink> l = topicStories.computeIfAbsent(s.category(), x -> new ArrayList<>());
          if (l.size() < STORIES_PER_TREND) {
            l.add(link);
          }
        }
      }
      if (batch.size() < PAGE) {
        break;
      }
    }
    List<Trend> entities = new ArrayList<>();
    counts.forEach((k, daily) -> rising(display.get(k), "entity", Format.entityHref(display.get(k)), daily, last, stories.get(k), entities));
    List<Trend> topicTrends = new ArrayList<>();
    topics.forEach((c, daily) -> rising(c.label(), "topic", "/category/" + c.slug(), daily, last, topicStories.get(c), topicTrends));
    Comparator<Trend> order = Comparator.comparingDouble((Trend t) -> -t.lift()).thenComparingDouble(t -> -t.recentPerDay()).thenComparing(Trend::name);
    entities.sort(order);
    topicTrends.sort(order);
    return new TrendReport(last, entities.size() > maxEntities ? List.copyOf(entities.subList(0, maxEntities)) : entities, topicTrends,
        Map.copyOf(counts), clock.instant(), Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  /** The story's source articles per day of the window; a source without a date counts on the story's update. */
  private static int[] perDay(Story s, LocalDate last) {
    int[] out = new int[DAYS];
    for (Source src : s.sources()) {
      Instant t = src.published() != null ? src.published() : s.updated();
      int day = DAYS - 1 - (int) (last.toEpochDay() - LocalDate.ofInstant(t, ZoneOffset.UTC).toEpochDay());
      if (day >= 0 && day < DAYS) {
        out[day]++;
      }
    }
    return out;
  }

  private static void add(int[] into, int[] values) {
    for (int i = 0; i < into.length; i++) {
      into[i] += values[i];
    }
  }

  private static void rising(String name, String kind, String href, int[] daily, LocalDate last, List<StoryLink> stories, List<Trend> out) {
    int recent = 0;
    int base = 0;
    for (int i = 0; i < DAYS; i++) {
      if (i >= DAYS - RECENT_DAYS) {
        recent += daily[i];
      } else {
        base += daily[i];
      }
    }
    double recentRate = recent / (double) RECENT_DAYS;
    double baseRate = base / (double) (DAYS - RECENT_DAYS);
    double lift = (recentRate + 1) / (baseRate + 1);
    if (recent >= MIN_RECENT && lift > 1) {
      out.add(new Trend(name, kind, href, daily, last, recentRate, baseRate, lift, stories == null ? List.of() : stories));
    }
  }
}
