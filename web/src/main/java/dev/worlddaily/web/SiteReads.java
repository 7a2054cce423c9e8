package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import dev.worlddaily.store.SearchHit;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.SearchQuery;
import dev.worlddaily.store.SearchResult;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the pages and the API show, read once for both: the ranked front page, listings through
 * the search index (which knows totals and sorts by update), entity and outlet profiles, and the
 * sources with their health.
 */
final class SiteReads {
  /** The front page ranks this many of the most recently updated stories. */
  static final int FRONT_CANDIDATES = 120;
  static final java.time.Duration FRONT_REUSE = java.time.Duration.ofSeconds(20);
  private static final int OUTLET_ARTICLES = 20;
  private static final int MENTIONED_WITH = 8;

  private final Store store;
  private final SearchIndex index;
  private final TrendsCache trends;

  SiteReads(Store store, SearchIndex index, TrendsCache trends) {
    this.store = store;
    this.index = index;
    this.trends = trends;
  }

  Store store() {
    return store;
  }

  TrendReport trends() {
    return trends.get();
  }

  /** The ranking and what it was computed from: the newest story's id, version and update. */
  private record Front(String token, long computedNanos, List<Story> ranked) {}

  private volatile Front front;

  /**
   * The front page, ranked. Ranking reads the {@value #FRONT_CANDIDATES} most recently updated
   * stories; it is reused while the newest story is unchanged, for at most {@link #FRONT_REUSE}
   * (so an update to an older candidate shows within that time).
   */
  List<Story> front(int size) {
    List<Story> newest = store.stories(StoryQuery.latest(1));
    String token = newest.isEmpty() ? "" : newest.get(0).id() + "@" + newest.get(0).version() + "@" + newest.get(0).updated();
    Front f = front;
    long now = System.nanoTime();
    if (f == null || !f.token().equals(token) || now - f.computedNanos() > FRONT_REUSE.toNanos()) {
      f = new Front(token, now, LatestRanking.rank(store.stories(StoryQuery.latest(FRONT_CANDIDATES))));
      front = f;
    }
    return f.ranked().subList(0, Math.min(size, f.ranked().size()));
  }

  Listing<Story> category(Category c, int offset, int limit) {
    return listing(new SearchQuery("", c, null, null, null, null, false, offset, limit));
  }

  Listing<Story> search(SearchFilters f, int offset, int limit) {
    return f.any() ? listing(f.query(offset, limit)) : new Listing<>(List.of(), offset, limit, 0);
  }

  /** Stories last updated on {@code day} (UTC), newest first. */
  Listing<Story> archive(LocalDate day, int offset, int limit) {
    return listing(new SearchQuery("", null, day.atStartOfDay(ZoneOffset.UTC).toInstant(), day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        null, null, false, offset, limit));
  }

  /** The newest day with a story, if any. */
  Optional<LocalDate> newestDay() {
    return store.stories(StoryQuery.latest(1)).stream().map(Story::updated).filter(t -> t != null).findFirst()
        .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
  }

  /** How many stories a search finds, without loading them. */
  long listingTotal(SearchQuery q) {
    return index.search(q).total();
  }

  /** The stories of a search, loaded from the store in the order found; merged-away hits are skipped. */
  Listing<Story> listing(SearchQuery q) {
    SearchResult r = index.search(q);
    Set<String> seen = new LinkedHashSet<>();
    List<Story> stories = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      store.story(h.storyId()).filter(s -> seen.add(s.id())).ifPresent(stories::add);
    }
    return new Listing<>(stories, q.offset(), q.limit(), r.total());
  }

  Optional<EntityProfile> entity(String name, int offset, int limit) {
    Listing<Story> stories = listing(new SearchQuery("", null, null, null, null, name, false, offset, limit));
    if (stories.total() == 0) {
      return Optional.empty();
    }
    String canonical = name;
    EntityType type = null;
    Set<String> aliases = new LinkedHashSet<>();
    Map<String, Integer> with = new HashMap<>();
    for (Story s : stories.items()) {
      for (String tag : s.tags()) {
        if (tag.equalsIgnoreCase(name)) {
          canonical = type == null ? tag : canonical;
        } else {
          with.merge(tag, 1, Integer::sum);
        }
      }
      for (StoryEntity e : s.entities()) {
        if (e.name().equalsIgnoreCase(name)) {
          canonical = e.name();
          type = type == null ? e.type() : type;
          aliases.addAll(e.aliases());
        }
      }
    }
    aliases.removeIf(a -> a.equalsIgnoreCase(name));
    List<String> mentionedWith = with.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MENTIONED_WITH).map(Map.Entry::getKey).toList();
    TrendReport report = trends.get();
    int[] daily = report.seriesOf(canonical);
    Trend series = daily == null ? null : new Trend(canonical, "entity", Format.entityHref(canonical), daily, report.lastDay(), 0, 0, 1, List.of());
    return Optional.of(new EntityProfile(canonical, type, List.copyOf(aliases), series, mentionedWith, stories));
  }

  Optional<OutletProfile> outlet(String domain, int offset, int limit) {
    Optional<Outlet> outlet = store.outlet(Outlet.normalizeDomain(domain));
    if (outlet.isEmpty()) {
      return Optional.empty();
    }
    Outlet o = outlet.get();
    List<SourceStatus> feeds = sources().stream().filter(s -> belongsTo(s.feed(), o)).toList();
    List<Article> articles = store.articlesOf(o.domain(), OUTLET_ARTICLES);
    Listing<Story> stories = listing(new SearchQuery("", null, null, null, o.domain(), null, false, offset, limit));
    return Optional.of(new OutletProfile(o, feeds, articles, stories));
  }

  private static boolean belongsTo(Feed f, Outlet o) {
    if (f.outlet() != null) {
      return f.outlet().domain().equals(o.domain());
    }
    try {
      String host = URI.create(f.url()).getHost();
      return host != null && Outlet.normalizeDomain(host).equals(o.domain());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Every known outlet, by name. */
  List<Outlet> outlets() {
    return store.outlets().stream().sorted(Comparator.comparing((Outlet o) -> o.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Outlet::domain)).toList();
  }

  List<SourceStatus> sources() {
    List<SourceStatus> out = new ArrayList<>();
    for (Feed f : store.feeds()) {
      out.add(new SourceStatus(f, store.feedHealth(f.id()).orElse(null)));
    }
    return out;
  }

  /** The outlets of a story's sources, by domain, as the store knows them. */
  Map<String, Outlet> outletsOf(Story s) {
    Map<String, Outlet> out = new LinkedHashMap<>();
    for (Source src : s.sources()) {
      if (src.domain() != null && !out.containsKey(src.domain())) {
        out.put(src.domain(), store.outlet(src.domain()).orElse(new Outlet(src.outlet(), src.domain(), null, null, null, null)));
      }
    }
    return out;
  }

  /** The source articles of a story, by id, for the citation marks. */
  Map<String, Article> articlesOf(Story s) {
    Map<String, Article> out = new HashMap<>();
    for (Source src : s.sources()) {
      store.article(src.articleId()).ifPresent(a -> out.put(a.id(), a));
    }
    return out;
  }
}
