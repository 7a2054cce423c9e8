package dev.worlddaily.app.pipeline;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Relation;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import dev.worlddaily.store.SearchHit;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.SearchQuery;
import dev.worlddaily.store.Store;
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
import java.util.stream.Collectors;

/**
 * Links a story to other stories about the same main entities: an earlier event is background, a
 * later one a follow-up, an overlapping one the same topic. Candidates come from the search index,
 * so the cost does not grow with the archive.
 */
final class RelatedStories {
  /** Main entities compared between stories. */
  private static final int MAIN_ENTITIES = 6;
  /** Shared main entities needed to call two stories related. */
  private static final int MIN_SHARED = 2;
  /** Stories further apart than this are different events in time. */
  private static final Duration SEPARATION = Duration.ofDays(1);
  private static final int MAX_LINKS = 5;

  private final SearchIndex index;
  private final Store store;
  private final int candidates;

  RelatedStories(SearchIndex index, Store store, int candidates) {
    this.index = index;
    this.store = store;
    this.candidates = candidates;
  }

  List<Related> find(String storyId, List<AnnotatedArticle> articles, Story previous) {
    if (candidates == 0) {
      return List.of();
    }
    List<String> main = mainEntities(articles);
    if (main.size() < MIN_SHARED) {
      return List.of();
    }
    Set<String> mainKeys = main.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    Instant start = articles.stream().map(a -> a.article().time()).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    Instant end = articles.stream().map(a -> a.article().time()).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    Set<String> own = new HashSet<>();
    articles.forEach(a -> own.add(a.id()));
    String query = String.join(" ", main.stream().map(e -> "\"" + e.replace("\"", "") + "\"").toList());
    List<Related> out = new ArrayList<>();
    for (SearchHit hit : index.search(new SearchQuery(query, null, null, null, null, null, true, 0, candidates)).hits()) {
      if (hit.storyId().equals(storyId) || out.size() >= MAX_LINKS) {
        continue;
      }
      Optional<Story> other = store.story(hit.storyId());
      if (other.isEmpty() || other.get().id().equals(storyId) || sharesArticles(other.get(), own)) {
        continue;
      }
      // Only the other story's main entities count: a place one of its articles mentions in
      // passing ("Dakar") does not make it related.
      Set<String> otherKeys = new HashSet<>();
      int minArticles = Math.min(2, other.get().sources().size());
      for (StoryEntity e : other.get().entities()) {
        if (e.articles() >= minArticles) {
          otherKeys.add(e.name().toLowerCase(Locale.ROOT));
        }
      }
      other.get().tags().forEach(t -> otherKeys.add(t.toLowerCase(Locale.ROOT)));
      otherKeys.retainAll(mainKeys);
      if (otherKeys.size() >= MIN_SHARED) {
        out.add(new Related(other.get().id(), other.get().headline(), relation(other.get(), start, end)));
      }
    }
    return out;
  }

  private static boolean sharesArticles(Story other, Set<String> own) {
    return other.sources().stream().anyMatch(s -> own.contains(s.articleId()));
  }

  private static Relation relation(Story other, Instant start, Instant end) {
    Instant otherStart = other.sources().stream().map(Source::published).filter(Objects::nonNull).min(Instant::compareTo).orElse(other.firstSeen());
    Instant otherEnd = other.sources().stream().map(Source::published).filter(Objects::nonNull).max(Instant::compareTo).orElse(other.updated());
    if (start != null && otherEnd != null && otherEnd.plus(SEPARATION).isBefore(start)) {
      return Relation.BACKGROUND;
    }
    if (end != null && otherStart != null && end.plus(SEPARATION).isBefore(otherStart)) {
      return Relation.FOLLOW_UP;
    }
    return Relation.SAME_TOPIC;
  }

  /**
   * The most widely mentioned canonical entities across the story's articles; when it has several
   * articles, only those at least two of them name.
   */
  static List<String> mainEntities(List<AnnotatedArticle> articles) {
    Map<String, Set<String>> articlesByEntity = new LinkedHashMap<>();
    for (AnnotatedArticle a : articles) {
      for (EntityMention m : a.annotations().entities()) {
        String name = m.canonical() == null ? m.text() : m.canonical();
        articlesByEntity.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(a.id());
      }
    }
    int minArticles = Math.min(2, articles.size());
    return articlesByEntity.entrySet().stream()
        .filter(e -> e.getValue().size() >= minArticles)
        .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
        .limit(MAIN_ENTITIES)
        .map(Map.Entry::getKey)
        .toList();
  }
}
