package dev.worlddaily.app.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Relation;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryStamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Links a story to other stories about the same main actors and the same kind of news: an earlier
 * event is background, a later one a follow-up, an overlapping one the same topic. Two stories are
 * related when they share at least two of their main entities, one of them a person, organisation
 * or named event (a shared country or city alone says nothing), and their articles are alike
 * (cosine of the mean title-and-lead embeddings), so that a measles outbreak and a state visit in
 * the same region stay apart. Candidates are the stories whose entities include at least two of
 * the main entities, from the search index's entity terms (rarer names first); a full-text
 * search of the names' phrases cost five times as much and grew with the archive.
 */
final class RelatedStories {
  /** Main entities compared between stories. */
  private static final int MAIN_ENTITIES = 6;
  /** Shared main entities needed to call two stories related. */
  private static final int MIN_SHARED = 2;
  /** Least cosine of the stories' mean embeddings for the same kind of news. */
  private static final double MIN_SIMILARITY = 0.40;
  /** Articles of the other story read to compute its mean embedding. */
  private static final int ARTICLES_COMPARED = 20;
  /** Stories further apart than this are different events in time. */
  private static final Duration SEPARATION = Duration.ofDays(1);
  private static final int MAX_LINKS = 5;
  /** Entity types that name who acts, as opposed to where. */
  private static final Set<EntityType> ACTORS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.EVENT);

  /** Stories whose mean embedding is kept between batches (1.5 KB each). */
  private static final int CENTROIDS_KEPT = 10_000;
  /** Article ids of the candidate stories kept between batches (about 60 bytes each). */
  private static final int OTHER_ARTICLE_IDS_KEPT = 300_000;

  private final SearchIndex index;
  private final Store store;
  private final int candidates;
  /**
   * Mean embeddings of candidate stories by id and version (a new or revised article raises the
   * version), so a story that is a candidate for many others is read from the store once.
   */
  private final Cache<String, float[]> centroids = Caffeine.newBuilder().maximumSize(CENTROIDS_KEPT).build();
  /**
   * What linking needs of a stored candidate story, by id and version: a story is a candidate for
   * many others, and a large one is costly to read, so it is read again only when it changed.
   * Weighed by its article ids.
   */
  private final Cache<String, Other> others = Caffeine.newBuilder()
      .maximumWeight(OTHER_ARTICLE_IDS_KEPT).weigher((String k, Other o) -> 1 + o.articleIds().length).build();

  RelatedStories(SearchIndex index, Store store, int candidates) {
    this.index = index;
    this.store = store;
    this.candidates = candidates;
  }

  /**
   * Related stories of a story with the given articles; {@code inBatch} gives a candidate story
   * when the caller has a newer copy than the store's (empty otherwise, and the store is read).
   */
  List<Related> find(String storyId, List<AnnotatedArticle> articles, Function<String, Optional<Story>> inBatch) {
    if (candidates == 0) {
      return List.of();
    }
    Map<String, EntityType> main = mainEntities(articles);
    if (main.size() < MIN_SHARED) {
      return List.of();
    }
    Instant start = articles.stream().map(a -> a.article().time()).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    Instant end = articles.stream().map(a -> a.article().time()).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    float[] centroid = centroid(articles);
    Set<String> own = new HashSet<>();
    articles.forEach(a -> own.add(a.id()));
    List<Related> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String candidate : index.storiesNaming(main.keySet(), MIN_SHARED, candidates)) {
      if (out.size() >= MAX_LINKS) {
        break;
      }
      Optional<Other> other = inBatch.apply(candidate).map(Other::of).or(() -> stored(candidate));
      if (other.isEmpty() || other.get().id().equals(storyId) || !seen.add(other.get().id()) || other.get().sharesArticles(own)
          || !other.get().sharesMainActors(main) || !alike(centroid, other.get())) {
        continue;
      }
      out.add(new Related(other.get().id(), other.get().headline(), other.get().relation(start, end)));
    }
    return out;
  }

  /**
   * A stored story as linking reads it, from the cache when its stamp (read without the story's
   * JSON) gives a version already read: a version changes with everything linking reads, and
   * only a change of related links keeps it.
   */
  private Optional<Other> stored(String idOrSlug) {
    Optional<StoryStamp> stamp = store.storyStamp(idOrSlug);
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    Other kept = others.getIfPresent(stamp.get().id() + "@" + stamp.get().version());
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<Other> read = store.story(stamp.get().id()).map(Other::of);
    read.ifPresent(o -> others.put(o.id() + "@" + o.version(), o));
    return read;
  }

  /**
   * What linking reads of another story: its id, version and headline, its articles, the span of
   * their publication, and its main entities (those at least two of its articles name, when it
   * has two).
   */
  record Other(String id, int version, String headline, String[] articleIds, Instant start, Instant end, String[] entityKeys, EntityType[] entityTypes) {
    static Other of(Story s) {
      String[] ids = s.sources().stream().map(Source::articleId).toArray(String[]::new);
      Instant start = s.sources().stream().map(Source::published).filter(Objects::nonNull).min(Instant::compareTo).orElse(s.firstSeen());
      Instant end = s.sources().stream().map(Source::published).filter(Objects::nonNull).max(Instant::compareTo).orElse(s.updated());
      int minArticles = Math.min(2, s.sources().size());
      List<StoryEntity> main = s.entities().stream().filter(e -> e.articles() >= minArticles).toList();
      return new Other(s.id(), s.version(), s.headline(), ids, start, end,
          main.stream().map(e -> key(e.name())).toArray(String[]::new), main.stream().map(StoryEntity::type).toArray(EntityType[]::new));
    }

    boolean sharesArticles(Set<String> own) {
      for (String id : articleIds) {
        if (own.contains(id)) {
          return true;
        }
      }
      return false;
    }

    /** At least {@link #MIN_SHARED} main entities in common, one of them an actor. */
    boolean sharesMainActors(Map<String, EntityType> main) {
      int shared = 0;
      boolean actor = false;
      for (int i = 0; i < entityKeys.length; i++) {
        EntityType type = main.get(entityKeys[i]);
        if (type != null) {
          shared++;
          actor |= ACTORS.contains(type) || ACTORS.contains(entityTypes[i]);
        }
      }
      return shared >= MIN_SHARED && actor;
    }

    /** An earlier event is background, a later one a follow-up, an overlapping one the same topic. */
    Relation relation(Instant ownStart, Instant ownEnd) {
      if (ownStart != null && end != null && end.plus(SEPARATION).isBefore(ownStart)) {
        return Relation.BACKGROUND;
      }
      if (ownEnd != null && start != null && ownEnd.plus(SEPARATION).isBefore(start)) {
        return Relation.FOLLOW_UP;
      }
      return Relation.SAME_TOPIC;
    }
  }

  private boolean alike(float[] centroid, Other other) {
    if (centroid == null) {
      return true;
    }
    float[] theirs = centroids.get(other.id() + "@" + other.version(), k -> {
      // Only the first articles' embeddings: a candidate story may have hundreds of articles.
      float[] mean = sum(store.embeddingsOf(other.id(), ARTICLES_COMPARED));
      return mean == null ? new float[0] : mean;
    });
    return theirs.length == 0 || cosine(centroid, theirs) >= MIN_SIMILARITY;
  }

  /**
   * The most widely mentioned named entities across the story's articles (not demonyms or other
   * untyped names), keyed by lower-cased canonical name, with their type.
   */
  static Map<String, EntityType> mainEntities(List<AnnotatedArticle> articles) {
    Map<String, Set<String>> articlesByEntity = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    for (AnnotatedArticle a : articles) {
      for (EntityMention m : a.annotations().entities()) {
        if (m.type() == EntityType.OTHER) {
          continue;
        }
        String name = key(m.canonical() == null ? m.text() : m.canonical());
        articlesByEntity.computeIfAbsent(name, k -> new HashSet<>()).add(a.id());
        types.putIfAbsent(name, m.type());
      }
    }
    // When the story has several articles, only names at least two of them use count: a place one
    // article mentions in passing ("Dakar") does not make stories related.
    int minArticles = Math.min(2, articles.size());
    Map<String, EntityType> out = new LinkedHashMap<>();
    articlesByEntity.entrySet().stream()
        .filter(e -> e.getValue().size() >= minArticles)
        .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
        .limit(MAIN_ENTITIES)
        .forEach(e -> out.put(e.getKey(), types.get(e.getKey())));
    return out;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** Mean of the articles' title-and-lead embeddings, or null when they have none. */
  private static float[] centroid(List<AnnotatedArticle> articles) {
    List<float[]> vectors = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      if (a.annotations().embedding() != null) {
        vectors.add(a.annotations().embedding());
      }
    }
    return sum(vectors);
  }

  /** The sum of the vectors (the mean up to its length, which the cosine ignores), or null when there are none. */
  private static float[] sum(List<float[]> vectors) {
    float[] sum = null;
    for (float[] v : vectors) {
      if (sum == null) {
        sum = new float[v.length];
      }
      for (int i = 0; i < v.length && i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return sum;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
