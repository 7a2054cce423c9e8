package dev.worlddaily.app.pipeline;

import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.StoryClusterer;
import dev.worlddaily.cluster.StorySplit;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.ingest.MinHash;
import dev.worlddaily.ingest.NearDuplicateIndex;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Relation;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.ArticleWrite;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import dev.worlddaily.synthesize.StorySynthesizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incremental path from extracted articles to published stories: dedup, enrich, store,
 * cluster (online, in publication order), re-synthesize every story that changed, index. One
 * batch runs at a time, so clustering decisions never depend on thread scheduling.
 */
public final class StoryPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(StoryPipeline.class);
  /** Estimated shingle overlap above which an article is a copy of an earlier one (wire reprints). */
  private static final double NEAR_DUPLICATE_SIMILARITY = 0.6;
  /** Articles of a batch whose writes are committed together (see {@link Store#writeTogether}). */
  private static final int ARTICLES_PER_COMMIT = 64;

  private final Store store;
  private final SearchIndex index;
  private final Enricher enricher;
  private final StoryClusterer clusterer;
  private final StoryWriter writer;
  private final PipelineConfig config;
  private final Clock clock;
  private final Object batchLock = new Object();
  private final NearDuplicateIndex copies = new NearDuplicateIndex(NEAR_DUPLICATE_SIMILARITY);
  private final BatchJournal journal;

  public StoryPipeline(
      Store store, SearchIndex index, Enricher enricher, StoryClusterer clusterer,
      StorySynthesizer synthesizer, PipelineConfig config, Clock clock) {
    this(store, index, enricher, clusterer, synthesizer, config, clock, BatchJournal.NONE);
  }

  /** A pipeline that journals each batch, so that {@link #recover()} can repair one a crash cut short. */
  public StoryPipeline(
      Store store, SearchIndex index, Enricher enricher, StoryClusterer clusterer,
      StorySynthesizer synthesizer, PipelineConfig config, Clock clock, BatchJournal journal) {
    this.journal = journal;
    this.store = store;
    this.index = index;
    this.enricher = enricher;
    this.clusterer = clusterer;
    this.writer = new StoryWriter(store, index, synthesizer, config, clock);
    this.config = config;
    this.clock = clock;
  }

  /**
   * Replays stored assignments of recent articles into the clusterer, so that a restarted
   * process extends the same stories instead of opening new ones.
   */
  public int restore() {
    synchronized (batchLock) {
      Optional<Instant> newest = store.newestArticleTime();
      if (newest.isEmpty()) {
        return 0;
      }
      // A page at a time: a week of a busy crawl (700,000 articles at 100,000 a day) does not fit in memory at once.
      int[] n = {0};
      store.forEachArticleSince(newest.get().minus(config.restoreWindow()), (a, storyId) -> {
        copies.add(a.id(), a.article().outlet().domain(), a.article().text());
        if (storyId != null) {
          clusterer.restore(a, storyId);
          n[0]++;
        }
      });
      return n[0];
    }
  }

  /** Processes a batch of extracted articles; bad ones are reported, never thrown. */
  public BatchReport process(List<Article> articles, Progress progress) {
    return commit(prepare(articles), progress);
  }

  /**
   * The first half of {@link #process}: drops what is stored already or repeated, and enriches
   * the rest. It changes nothing and takes no lock, so a caller may prepare the next batch while
   * the previous one is committed (on another thread); batches are committed in the order given.
   */
  public PreparedBatch prepare(List<Article> articles) {
    BatchReport report = new BatchReport();
    List<Article> fresh = new ArrayList<>();
    Set<String> seenInBatch = new LinkedHashSet<>();
    for (Article given : articles) {
      Article a = withKnownOutlet(given);
      String reason = duplicateReason(a, seenInBatch);
      if (reason == null) {
        fresh.add(a);
      } else {
        record(report, a, reason);
      }
    }
    List<AnnotatedArticle> enriched = enrich(fresh, report);
    Map<String, int[]> signatures = new HashMap<>();
    for (AnnotatedArticle a : enriched) {
      signatures.put(a.id(), MinHash.signature(a.article().text()));
    }
    return new PreparedBatch(report, enriched, signatures);
  }

  /**
   * The second half of {@link #process}: stores, clusters, writes the touched stories, indexes.
   * An article that a batch committed since this one was prepared stored is checked again.
   */
  public BatchReport commit(PreparedBatch batch, Progress progress) {
    synchronized (batchLock) {
      BatchReport report = batch.report();
      List<AnnotatedArticle> enriched = new ArrayList<>();
      for (AnnotatedArticle a : batch.enriched()) {
        String reason = storedReason(a.article());
        if (reason == null) {
          enriched.add(a);
        } else {
          record(report, a.article(), reason);
        }
      }
      enriched.sort(Comparator.comparing((AnnotatedArticle a) -> timeOf(a.article())).thenComparing(AnnotatedArticle::id));
      if (enriched.isEmpty()) {
        return report;
      }
      journal.begin(enriched.stream().map(AnnotatedArticle::id).toList());
      Set<String> touched = new LinkedHashSet<>();
      long done = 0;
      // The articles and their assignments go to the store in one transaction per chunk where it
      // can (SQLite: one commit instead of two an article); each article still fails alone, and
      // a crash loses at most the chunk it was in (the journal repairs the rest of the batch).
      for (int from = 0; from < enriched.size(); from += ARTICLES_PER_COMMIT) {
        List<AnnotatedArticle> chunk = enriched.subList(from, Math.min(enriched.size(), from + ARTICLES_PER_COMMIT));
        long before = done;
        done = store.writeTogether(() -> storeChunk(chunk, batch, report, touched, progress, before, enriched.size()));
      }
      long total = done + touched.size();
      long[] written = {done};
      Map<String, Story> stories = writer.write(touched, report, false, () -> progress.update(++written[0], total));
      // An earlier story that a story of this batch names as background gains it as a follow-up
      // (it may have been written before the later story existed).
      Set<String> earlier = new LinkedHashSet<>();
      for (Story story : stories.values()) {
        story.related().stream().filter(r -> r.relation() == Relation.BACKGROUND && !stories.containsKey(r.id())).forEach(r -> earlier.add(r.id()));
      }
      writer.write(earlier, report, false, () -> {});
      index.commit();
      journal.end();
      return report;
    }
  }

  /**
   * Repairs the batch a killed process left unfinished (its journal is still there): articles
   * stored without a story are clustered now, in time order, after {@link #restore()} has
   * replayed the stored assignments; every story of the batch's articles is written afresh from
   * its stored articles; the search index is rebuilt from the database. Returns how many
   * stories were rewritten, or -1 when there was nothing to repair.
   */
  public int recover() {
    synchronized (batchLock) {
      Optional<List<String>> unfinished = journal.unfinished();
      if (unfinished.isEmpty()) {
        return -1;
      }
      List<AnnotatedArticle> orphans = new ArrayList<>();
      Set<String> touched = new LinkedHashSet<>();
      for (String id : unfinished.get()) {
        Optional<String> storyId = store.storyIdOf(id);
        if (storyId.isPresent()) {
          touched.add(store.story(storyId.get()).map(Story::id).orElse(storyId.get()));
        } else {
          store.annotatedArticle(id).ifPresent(orphans::add);
        }
      }
      orphans.sort(Comparator.comparing((AnnotatedArticle a) -> timeOf(a.article())).thenComparing(AnnotatedArticle::id));
      for (AnnotatedArticle a : orphans) {
        Assignment assignment = clusterer.assign(a);
        store.assign(a.id(), assignment.storyId());
        for (String absorbed : assignment.absorbedStoryIds()) {
          store.recordMerge(absorbed, assignment.storyId(), clock.instant());
          touched.remove(absorbed);
        }
        touched.add(assignment.storyId());
      }
      writer.write(touched, new BatchReport(), false, () -> {});
      index.rebuild(store, Progress.NONE);
      journal.end();
      LOG.info("recovered an unfinished batch: {} articles, {} without a story, {} stories rewritten", unfinished.get().size(), orphans.size(), touched.size());
      return touched.size();
    }
  }

  /** Stores and clusters a chunk of a batch's articles in order; returns {@code done} plus the chunk's size. */
  private long storeChunk(
      List<AnnotatedArticle> chunk, PreparedBatch batch, BatchReport report, Set<String> touched, Progress progress, long done, int batchSize) {
    long n = done;
    for (AnnotatedArticle given : chunk) {
      try {
        Copies marked = markCopy(given, batch.signatures().get(given.id()));
        storeAndCluster(marked.article(), report, touched);
        if (marked.reprintId() != null) {
          // Only once the original is stored does the earlier reprint point to it.
          store.markCopy(marked.reprintId(), given.id());
          store.storyIdOf(marked.reprintId()).ifPresent(touched::add);
        }
      } catch (RuntimeException e) {
        LOG.warn("article {} failed: {}", given.article().url(), e.toString());
        report.rejected(given.article().url() + ": failed: " + e.getMessage());
      }
      progress.update(++n, batchSize + touched.size());
    }
    return n;
  }

  /** The article with what the store knows of its outlet (country, leaning, name) filled in. */
  private Article withKnownOutlet(Article a) {
    Outlet seen = a.outlet();
    return store.outlet(seen.domain())
        .map(known -> known.withGapsFrom(seen))
        .filter(merged -> !merged.equals(seen))
        .map(merged -> a.toBuilder().outlet(merged).build())
        .orElse(a);
  }

  /**
   * Links a wire copy or reprint to its original: the article of another outlet with the same
   * text that was published first. A copy stored before its original arrived (a slower feed, a
   * later batch) is named in {@code reprintId}, to be marked once the original is stored (its
   * story is then written again). {@code signature} is the MinHash signature of its text, or
   * null to compute it here.
   */
  private Copies markCopy(AnnotatedArticle a, int[] signature) {
    Article article = a.article();
    int[] sig = signature != null ? signature : MinHash.signature(article.text());
    String reprintId = null;
    if (article.duplicateOf() == null) {
      Optional<String> match = copies.originalOf(sig, article.outlet().domain());
      if (match.isPresent() && !match.get().equals(article.id())) {
        Optional<Article> seen = store.article(match.get());
        if (seen.isPresent() && seen.get().duplicateOf() == null && publishedBefore(article, seen.get())) {
          reprintId = seen.get().id();
        } else {
          // A copy of a copy is linked to the first original.
          String original = seen.map(s -> s.duplicateOf() != null ? s.duplicateOf() : s.id()).orElse(match.get());
          if (!original.equals(article.id())) {
            article = article.toBuilder().duplicateOf(original).build();
          }
        }
      }
    }
    copies.add(article.id(), article.outlet().domain(), sig);
    return new Copies(article == a.article() ? a : new AnnotatedArticle(article, a.annotations()), reprintId);
  }

  /** An article as {@link #markCopy} left it, and the stored reprint it turned out to be the original of, if any. */
  private record Copies(AnnotatedArticle article, String reprintId) {}

  private static void record(BatchReport report, Article a, String reason) {
    if (reason.isEmpty()) {
      report.unchanged();
    } else {
      report.rejected(a.url() + ": skipped: " + reason);
    }
  }

  /** Null when the article should be processed; "" when unchanged; else why it is skipped. */
  private String duplicateReason(Article a, Set<String> seenInBatch) {
    if (!seenInBatch.add(a.id())) {
      return "";
    }
    Optional<Article> stored = store.article(a.id());
    if (stored.isPresent()) {
      return stored.get().contentHash().equals(a.contentHash()) ? "" : null;
    }
    if (a.text().isBlank()) {
      return "empty body";
    }
    // The same text under two URLs in one batch (a print view, a second section) is one article.
    if (!seenInBatch.add("hash:" + a.contentHash())) {
      return "same content as another article of this batch";
    }
    return sameContentReason(a);
  }

  private String sameContentReason(Article a) {
    Optional<String> sameContent = store.articleIdByContentHash(a.contentHash());
    return sameContent.map(id -> "same content as stored article " + id).orElse(null);
  }

  /** What the store says of the article: null when new or revised, "" when unchanged, else why it is skipped. */
  private String storedReason(Article a) {
    Optional<Article> stored = store.article(a.id());
    if (stored.isPresent()) {
      return stored.get().contentHash().equals(a.contentHash()) ? "" : null;
    }
    return sameContentReason(a);
  }

  private List<AnnotatedArticle> enrich(List<Article> fresh, BatchReport report) {
    try {
      return new ArrayList<>(enricher.enrichAll(fresh));
    } catch (RuntimeException batchFailure) {
      // One bad article must not sink the batch: retry one by one to find it.
      LOG.warn("batch enrichment failed ({}); retrying article by article", batchFailure.toString());
      List<AnnotatedArticle> out = new ArrayList<>();
      for (Article a : fresh) {
        try {
          out.add(enricher.enrich(a));
        } catch (RuntimeException e) {
          report.rejected(a.url() + ": failed: enrichment: " + e.getMessage());
        }
      }
      return out;
    }
  }

  private static boolean publishedBefore(Article a, Article b) {
    return a.time() != null && b.time() != null && a.time().isBefore(b.time());
  }

  private static Instant timeOf(Article a) {
    Instant t = a.time();
    return t == null ? Instant.EPOCH : t;
  }

  private void storeAndCluster(AnnotatedArticle a, BatchReport report, Set<String> touched) {
    ArticleWrite write = store.saveArticle(a);
    switch (write.kind()) {
      case UNCHANGED -> report.unchanged();
      case REVISED -> {
        report.revised();
        Optional<String> storyId = store.storyIdOf(a.id());
        storyId.ifPresent(touched::add);
        index.indexArticle(a.id(), storyId.orElse(null));
      }
      case INSERTED -> {
        report.inserted();
        Assignment assignment = clusterer.assign(a);
        store.assign(a.id(), assignment.storyId());
        for (String absorbed : assignment.absorbedStoryIds()) {
          // The older story survives; the absorbed id keeps resolving to it.
          store.recordMerge(absorbed, assignment.storyId(), clock.instant());
          index.removeStory(absorbed);
          touched.remove(absorbed);
        }
        for (StorySplit split : assignment.splits()) {
          store.recordSplit(split.fromStoryId(), split.newStoryId(), split.articleIds(), clock.instant());
          for (String moved : split.articleIds()) {
            index.indexArticle(moved, split.newStoryId());
          }
          touched.add(split.fromStoryId());
          touched.add(split.newStoryId());
        }
        touched.add(assignment.storyId());
        index.indexArticle(a.id(), assignment.storyId());
      }
    }
  }

  /**
   * Writes a story afresh from its stored articles and publishes it if it passes the gate. Takes
   * the batch lock (re-entrant from within a batch), so an admin's re-synthesis never interleaves
   * with a crawl batch writing the same story.
   *
   * @throws IllegalArgumentException when the story has no articles
   */
  public Story resynthesize(String storyId, BatchReport report) {
    synchronized (batchLock) {
      Story story = writer.write(List.of(storyId), report, true, () -> {}).get(storyId);
      index.commit();
      return story;
    }
  }
}
