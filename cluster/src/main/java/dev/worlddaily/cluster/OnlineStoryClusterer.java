package dev.worlddaily.cluster;

import dev.worlddaily.cluster.ArticleProfiler.Profiled;
import dev.worlddaily.cluster.EventSimilarity.Score;
import dev.worlddaily.cluster.StoryState.Member;
import dev.worlddaily.model.Ids;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Online event clustering. Each article is profiled (embeddings, words, names, figures, dates,
 * time, outlet), compared with the open stories nearest to it by embedding (Lucene HNSW, one graph
 * per language) and with the open stories that share its rarest names, and joins the most similar
 * story above the threshold, or opens a new one. An article that fits two stories well merges
 * them when the stories also fit each other (the older id survives); a story whose articles
 * drifted apart splits. Stories close a window after their last article, so the work per article
 * stays flat as the archive grows. Story ids derive from article ids, so the same stream always
 * yields the same ids; nothing depends on hash order or threads.
 */
public final class OnlineStoryClusterer implements StoryClusterer {
  /** Names whose postings are cleaned of closed stories per article (more than an article adds). */
  private static final int NAMES_CLEANED_PER_ARTICLE = 64;

  private final ClusterConfig config;
  private final ArticleProfiler profiler = new ArticleProfiler();
  private final DocumentFrequencies termFrequencies = new DocumentFrequencies();
  private final DocumentFrequencies entityFrequencies = new DocumentFrequencies();
  private final DocumentFrequencies figureFrequencies = new DocumentFrequencies();
  private final EventSimilarity similarity;
  private final StorySplitter splitter;
  /** Open stories in creation order. */
  private final Map<String, StoryState> open = new LinkedHashMap<>();
  private final Map<String, HnswStoryIndex> vectorsByLanguage = new TreeMap<>();
  private final EntityPostings postings = new EntityPostings();
  private final Map<String, String> storyOfArticle = new HashMap<>();
  /**
   * Each entry waits here until its story has been idle for {@link StoryState#MEMBERS_IDLE}, when
   * the story forgets its members (if the entry is still its latest), then in {@link #expiries}
   * until the window closes the story.
   */
  private final PriorityQueue<Expiry> idle = new PriorityQueue<>(
      Comparator.comparing(Expiry::last).thenComparingLong(Expiry::sequence));
  private final PriorityQueue<Expiry> expiries = new PriorityQueue<>(
      Comparator.comparing(Expiry::last).thenComparingLong(Expiry::sequence));
  private long sequence;
  /** Receives one line per decision when set (diagnostics only). */
  private java.util.function.Consumer<String> trace;
  private Instant clock;

  private record Expiry(Instant last, long sequence, String storyId) {}

  private record Candidate(StoryState story, Score score, double margin) {}

  public OnlineStoryClusterer(ClusterConfig config) {
    this.config = config;
    this.similarity = new EventSimilarity(config);
    this.splitter = new StorySplitter(similarity, config);
  }

  @Override
  public synchronized Assignment assign(AnnotatedArticle article) {
    String known = storyOfArticle.get(article.id());
    if (known != null) {
      return new Assignment(article.id(), known, false, List.of());
    }
    Profiled a = profiler.profile(article);
    advanceClock(a.published());
    learn(a.profile());
    postings.maintain(open, NAMES_CLEANED_PER_ARTICLE);
    Member member = new Member(a.id(), a.profile(), a.published());
    List<Candidate> scored = new ArrayList<>();
    for (StoryState s : candidates(a)) {
      Score score = similarity.score(a.profile(), s.profile);
      scored.add(new Candidate(s, score, score.value() - similarity.joinThreshold(score)));
    }
    scored.sort(Comparator.comparingDouble(Candidate::margin).reversed().thenComparingLong(c -> c.story().sequence));
    if (trace != null) {
      StringBuilder line = new StringBuilder(a.id());
      scored.stream().limit(4).forEach(c -> line.append("\n    ").append(c.story().id).append('(').append(c.story().size()).append(") ").append(c.score()));
      trace.accept(line.toString());
    }
    if (scored.isEmpty() || scored.get(0).margin() < 0) {
      StoryState created = new StoryState(storyIdFor(a.id()), sequence++);
      open.put(created.id, created);
      join(created, member);
      return new Assignment(a.id(), created.id, true, List.of());
    }
    StoryState target = scored.get(0).story();
    join(target, member);
    List<String> absorbed = new ArrayList<>();
    double mergeMargin = config.mergeThreshold() - config.joinThreshold();
    for (Candidate other : scored.subList(1, scored.size())) {
      if (other.margin() < mergeMargin) {
        break;
      }
      Score between = similarity.score(other.story().profile, target.profile);
      if (between.value() >= similarity.joinThreshold(between)) {
        StoryState survivor = other.story().sequence < target.sequence ? other.story() : target;
        StoryState gone = survivor == target ? other.story() : target;
        merge(survivor, gone);
        absorbed.add(gone.id);
        target = survivor;
      }
    }
    List<StorySplit> splits = new ArrayList<>();
    if (splitter.due(target)) {
      List<Member> leaving = splitter.leaving(target);
      if (!leaving.isEmpty()) {
        splits.add(split(target, leaving, a.id()));
      }
    }
    return new Assignment(a.id(), storyOfArticle.get(a.id()), false, absorbed, splits);
  }

  @Override
  public synchronized void restore(AnnotatedArticle article, String storyId) {
    if (storyOfArticle.containsKey(article.id())) {
      return;
    }
    Profiled a = profiler.profile(article);
    advanceClock(a.published());
    learn(a.profile());
    StoryState s = open.get(storyId);
    if (s == null) {
      s = new StoryState(storyId, sequence++);
      open.put(storyId, s);
    }
    join(s, new Member(a.id(), a.profile(), a.published()));
  }

  /** Story id of an article that opens a story: derived from the article id so reruns agree. */
  static String storyIdFor(String articleId) {
    return "s" + (articleId.startsWith("a") ? articleId.substring(1) : articleId);
  }

  /**
   * Story id of the part split from a story when {@code arrivingArticleId} was assigned: derived
   * from all three, so reruns agree, and never an article's story id. The arriving article makes
   * it unique: a part that merged back into its story and split off again with the same first
   * article must not get the id of the first split (seen in a 100,000-article run, where the
   * store refused the second split and the merge of the new part into the old id).
   */
  static String splitIdFor(String fromStoryId, String firstArticleId, String arrivingArticleId) {
    return "s" + Ids.sha256Hex("split:" + fromStoryId + ":" + firstArticleId + ":" + arrivingArticleId).substring(0, 16);
  }

  /** Sends a line per decision to {@code sink} (diagnostics; null turns it off). */
  synchronized void trace(java.util.function.Consumer<String> sink) {
    this.trace = sink;
  }

  /** Number of stories currently open. */
  public synchronized int openStories() {
    return open.size();
  }

  /** Counts the article in the rarity tables, then weighs its words, names and figures by them. */
  private void learn(EventProfile p) {
    Set<String> words = new HashSet<>();
    p.languages.values().forEach(side -> words.addAll(side.terms.keys()));
    termFrequencies.learn(words);
    entityFrequencies.learn(p.names.keys());
    figureFrequencies.learn(p.figures.keys());
    for (LanguageSide side : p.languages.values()) {
      weigh(side.terms, termFrequencies);
      weigh(side.leadTerms, termFrequencies);
    }
    weigh(p.entities, entityFrequencies);
    weigh(p.names, entityFrequencies);
    weigh(p.figures, figureFrequencies);
  }

  /** Weighs an article's map by rarity, then sorts it: it is only compared and added from now on. */
  private static void weigh(WeightMap m, DocumentFrequencies df) {
    m.intern(df::intern);
    m.scale(df::idf);
    m.sort();
  }

  /** Stories near the article by embedding, then by shared rare names, without repeats. */
  private List<StoryState> candidates(Profiled a) {
    Set<String> ids = new LinkedHashSet<>();
    HnswStoryIndex vectors = vectorsByLanguage.get(a.language());
    if (vectors != null && a.lead() != null) {
      ids.addAll(vectors.nearest(a.lead(), config.candidates()));
    }
    ids.addAll(postings.find(a.profile(), entityFrequencies, open, config.entityCandidates()));
    if (a.lead() == null) {
      // Without an embedding, the most recent stories stand in for the nearest.
      List<String> recent = new ArrayList<>(open.keySet());
      ids.addAll(recent.subList(Math.max(0, recent.size() - config.candidates()), recent.size()));
    }
    List<StoryState> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      StoryState s = open.get(id);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private void join(StoryState s, Member m) {
    s.add(m);
    storyOfArticle.put(m.articleId(), s.id);
    index(s, m.profile());
  }

  /** Keeps the story findable under its current centroids and its new names. */
  private void index(StoryState s, EventProfile added) {
    for (Map.Entry<String, LanguageSide> e : s.profile.languages.entrySet()) {
      float[] centroid = Vectors.unit(e.getValue().lead());
      if (centroid != null) {
        vectorsByLanguage.computeIfAbsent(e.getKey(), k -> new HnswStoryIndex(centroid.length)).put(s.id, centroid);
      }
    }
    postings.add(s.id, added.names.keys());
    if (s.lastPublished != null) {
      idle.add(new Expiry(s.lastPublished, s.sequence, s.id));
    }
  }

  private void unindex(StoryState s, Set<String> languages) {
    for (String lang : languages) {
      HnswStoryIndex vectors = vectorsByLanguage.get(lang);
      if (vectors != null) {
        vectors.remove(s.id);
      }
    }
  }

  private void merge(StoryState survivor, StoryState gone) {
    survivor.absorb(gone);
    open.remove(gone.id);
    unindex(gone, gone.profile.languages.keySet());
    gone.articleIds.forEach(id -> storyOfArticle.put(id, survivor.id));
    index(survivor, gone.profile);
  }

  private StorySplit split(StoryState from, List<Member> leaving, String arrivingArticleId) {
    Set<String> languagesBefore = new HashSet<>(from.profile.languages.keySet());
    Set<String> moving = new HashSet<>();
    leaving.forEach(m -> moving.add(m.articleId()));
    from.members.removeIf(m -> moving.contains(m.articleId()));
    from.articleIds.removeIf(moving::contains);
    from.reprofile();
    languagesBefore.removeAll(from.profile.languages.keySet());
    unindex(from, languagesBefore);
    index(from, new EventProfile());
    StoryState created = new StoryState(splitIdFor(from.id, leaving.get(0).articleId(), arrivingArticleId), sequence++);
    open.put(created.id, created);
    for (Member m : leaving) {
      created.addMember(m);
      storyOfArticle.put(m.articleId(), created.id);
      index(created, m.profile());
    }
    return new StorySplit(from.id, created.id, leaving.stream().map(Member::articleId).toList());
  }

  /**
   * Moves the clock to a publication time: stories idle for {@link StoryState#MEMBERS_IDLE} forget
   * their members, and those that fell out of the window close.
   */
  private void advanceClock(Instant published) {
    if (published != null && (clock == null || published.isAfter(clock))) {
      clock = published;
      Duration membersIdle = StoryState.MEMBERS_IDLE.compareTo(config.window()) < 0 ? StoryState.MEMBERS_IDLE : config.window();
      Instant idleHorizon = clock.minus(membersIdle);
      while (!idle.isEmpty() && idle.peek().last().isBefore(idleHorizon)) {
        Expiry e = idle.poll();
        StoryState s = open.get(e.storyId());
        // Earlier entries of a story are left over from its growth: its latest one follows.
        if (s != null && e.last().equals(s.lastPublished)) {
          s.forgetMembers();
          expiries.add(e);
        }
      }
      Instant horizon = clock.minus(config.window());
      while (!expiries.isEmpty() && expiries.peek().last().isBefore(horizon)) {
        Expiry e = expiries.poll();
        StoryState s = open.get(e.storyId());
        // Only the story's latest entry closes it; earlier ones are left over from its growth.
        if (s != null && e.last().equals(s.lastPublished)) {
          close(s);
        }
      }
    }
    while (open.size() >= config.maxOpenStories()) {
      close(open.values().iterator().next());
    }
  }

  private void close(StoryState s) {
    open.remove(s.id);
    unindex(s, s.profile.languages.keySet());
    s.articleIds.forEach(storyOfArticle::remove);
  }
}
