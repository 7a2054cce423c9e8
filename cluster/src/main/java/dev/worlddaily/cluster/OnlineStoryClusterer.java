package dev.worlddaily.cluster;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online event clustering: each article is compared with the open stories nearest to it by
 * embedding, scored on embeddings, shared entities weighted by rarity, the place and dates of the
 * event and the outlet, and joins the best story above a threshold or opens a new one. Story ids
 * derive from the first article's id, so the same stream always yields the same ids.
 */
public final class OnlineStoryClusterer implements StoryClusterer {
  private final ClusterConfig config;
  private final Map<String, StoryState> open = new LinkedHashMap<>();
  private final Map<String, String> storyOfArticle = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private int documents;
  private long sequence;
  private Instant clock;

  public OnlineStoryClusterer(ClusterConfig config) {
    this.config = config;
  }

  @Override
  public synchronized Assignment assign(AnnotatedArticle article) {
    String known = storyOfArticle.get(article.id());
    if (known != null) {
      return new Assignment(article.id(), known, false, List.of());
    }
    ArticleSignals a = ArticleSignals.of(article);
    advanceClock(a.time());
    learn(a);
    List<Scored> scored = new ArrayList<>();
    for (StoryState s : candidates(a)) {
      scored.add(new Scored(s, score(a, s)));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.story().sequence));
    if (scored.isEmpty() || scored.get(0).score() < config.joinThreshold()) {
      StoryState created = new StoryState(storyIdFor(article.id()), sequence++);
      created.add(a);
      open.put(created.id, created);
      storyOfArticle.put(a.id(), created.id);
      return new Assignment(a.id(), created.id, true, List.of());
    }
    StoryState target = scored.get(0).story();
    List<String> absorbed = new ArrayList<>();
    for (int i = 1; i < scored.size() && scored.get(i).score() >= config.mergeThreshold(); i++) {
      StoryState other = scored.get(i).story();
      // The older story (first created) survives a merge.
      StoryState survivor = other.sequence < target.sequence ? other : target;
      StoryState gone = survivor == other ? target : other;
      survivor.absorb(gone);
      open.remove(gone.id);
      gone.articleIds.forEach(id -> storyOfArticle.put(id, survivor.id));
      absorbed.add(gone.id);
      target = survivor;
    }
    target.add(a);
    storyOfArticle.put(a.id(), target.id);
    return new Assignment(a.id(), target.id, false, absorbed);
  }

  @Override
  public synchronized void restore(AnnotatedArticle article, String storyId) {
    ArticleSignals a = ArticleSignals.of(article);
    advanceClock(a.time());
    learn(a);
    StoryState s = open.get(storyId);
    if (s == null) {
      s = new StoryState(storyId, sequence++);
      open.put(storyId, s);
    }
    s.add(a);
    storyOfArticle.put(a.id(), storyId);
  }

  /** Story id of an article: derived from the article id so reruns agree. */
  static String storyIdFor(String articleId) {
    return "s" + (articleId.startsWith("a") ? articleId.substring(1) : articleId);
  }

  private record Scored(StoryState story, double score) {}

  private void advanceClock(Instant t) {
    if (t != null && (clock == null || t.isAfter(clock))) {
      clock = t;
      Instant horizon = clock.minus(config.window());
      open.values().removeIf(s -> s.last != null && s.last.isBefore(horizon));
    }
  }

  private void learn(ArticleSignals a) {
    documents++;
    for (String e : a.entities().keySet()) {
      documentFrequency.merge(e, 1, Integer::sum);
    }
  }

  /** The open stories nearest by embedding (all of them when the article has no vector). */
  private List<StoryState> candidates(ArticleSignals a) {
    List<StoryState> all = new ArrayList<>(open.values());
    if (a.lead() == null || all.size() <= config.candidates()) {
      return all;
    }
    all.sort(Comparator.comparingDouble((StoryState s) -> -StoryState.cosine(a.lead(), s.leadSum)).thenComparingLong(s -> s.sequence));
    return all.subList(0, config.candidates());
  }

  double score(ArticleSignals a, StoryState s) {
    double lead = StoryState.cosine(a.lead(), s.leadSum);
    double body = StoryState.cosine(a.body() != null ? a.body() : a.lead(), s.bodySum);
    double score = config.leadWeight() * lead + config.bodyWeight() * body + config.entityWeight() * entityOverlap(a, s);
    if (placesDisagree(a, s)) {
      score -= config.placePenalty();
    }
    if (datesDisagree(a, s)) {
      score -= config.datePenalty();
    }
    if (a.time() != null && s.last != null) {
      long hours = Math.abs(ChronoUnit.HOURS.between(s.last, a.time()));
      score -= 0.02 * Math.min(hours / 24.0, 4);
    }
    if (a.time() != null && s.outletDays.getOrDefault(a.outlet(), java.util.Set.of()).contains(LocalDate.ofInstant(a.time(), ZoneOffset.UTC))) {
      score -= 0.04;
    }
    return score;
  }

  /** Share of the article's entity weight (by rarity) that the story also names. */
  private double entityOverlap(ArticleSignals a, StoryState s) {
    double total = 0;
    double shared = 0;
    for (String e : a.entities().keySet()) {
      double idf = Math.log((documents + 1.0) / (documentFrequency.getOrDefault(e, 0) + 0.5));
      total += idf;
      if (s.entities.containsKey(e)) {
        shared += idf;
      }
    }
    return total == 0 ? 0 : shared / total;
  }

  private static boolean placesDisagree(ArticleSignals a, StoryState s) {
    String storyPlace = s.mainPlace();
    return a.mainPlace() != null && storyPlace != null && !a.mainPlace().equals(storyPlace)
        && !s.entities.containsKey(a.mainPlace()) && !a.entities().containsKey(storyPlace);
  }

  private static boolean datesDisagree(ArticleSignals a, StoryState s) {
    if (a.dates().isEmpty() || s.dates.isEmpty()) {
      return false;
    }
    for (LocalDate d : a.dates()) {
      for (LocalDate e : s.dates) {
        if (Math.abs(ChronoUnit.DAYS.between(d, e)) <= 2) {
          return false;
        }
      }
    }
    return true;
  }

  /** Number of stories currently open. */
  public synchronized int openStories() {
    return open.size();
  }
}
