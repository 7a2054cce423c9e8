package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.DailyCount;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds names (story tags, the canonical main entities) and topics (categories) whose mention
 * rate rises against their own baseline. A mention is a source article of a published story,
 * counted on the day it was published (one aggregate query over the store); the recent rate is
 * the mean of the last two days, the baseline the mean of the five days before. Days end on the
 * day of the newest story's update, so an archive replayed later trends as it did live.
 */
final class Trends {
  static final int DAYS = 7;
  static final int RECENT_DAYS = 2;
  /** Fewer recent mentions than this is noise, not a trend. */
  static final int MIN_RECENT = 2;
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
    LocalDate last = LocalDate.ofInstant(newestOne.get(0).updated(), ZoneOffset.UTC);
    Instant since = last.minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<String, String> display = new HashMap<>();
    Map<String, int[]> counts = series(store.dailyTagMentions(since), last, display);
    Map<String, String> categoryNames = new HashMap<>();
    Map<String, int[]> categories = series(store.dailyCategoryMentions(since), last, categoryNames);
    Comparator<Trend> order = Comparator.comparingDouble((Trend t) -> -t.lift()).thenComparingDouble(t -> -t.recentPerDay()).thenComparing(Trend::name);
    List<Trend> entities = new ArrayList<>();
    counts.forEach((k, daily) -> rising(display.get(k), "entity", Format.entityHref(display.get(k)), daily, last, List.of(), entities));
    entities.sort(order);
    List<Trend> top = new ArrayList<>();
    for (Trend t : entities.subList(0, Math.min(maxEntities, entities.size()))) {
      top.add(withStories(t, store.stories(new StoryQuery(false, null, since, null, null, t.name(), 0, STORIES_PER_TREND))));
    }
    List<Trend> topics = new ArrayList<>();
    categories.forEach((k, daily) -> {
      Category c = Category.parse(categoryNames.get(k));
      rising(c.label(), "topic", "/category/" + c.slug(), daily, last,
          store.stories(new StoryQuery(false, c, since, null, null, null, 0, STORIES_PER_TREND)).stream().map(StoryLink::of).toList(), topics);
    });
    topics.sort(order);
    return new TrendReport(last, top, topics, Map.copyOf(counts), clock.instant(), Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  /** Daily counts as seven-day series by lower-cased key, keeping the first spelling seen for display. */
  private static Map<String, int[]> series(List<DailyCount> rows, LocalDate last, Map<String, String> display) {
    Map<String, int[]> out = new HashMap<>();
    for (DailyCount r : rows) {
      int day = DAYS - 1 - (int) (last.toEpochDay() - r.day().toEpochDay());
      if (day < 0 || day >= DAYS) {
        continue;
      }
      String k = key(r.key());
      display.putIfAbsent(k, r.key());
      out.computeIfAbsent(k, x -> new int[DAYS])[day] += r.articles();
    }
    return out;
  }

  private static Trend withStories(Trend t, List<Story> stories) {
    return new Trend(t.name(), t.kind(), t.href(), t.daily(), t.lastDay(), t.recentPerDay(), t.baselinePerDay(), t.lift(),
        stories.stream().map(StoryLink::of).toList());
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
