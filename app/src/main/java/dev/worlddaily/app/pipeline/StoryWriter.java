package dev.worlddaily.app.pipeline;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StorySave;
import dev.worlddaily.synthesize.IndependentOutlets;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.StorySynthesizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes stories afresh from their stored articles, several at once, in two passes: every story
 * is synthesized and indexed first (keeping its related links), then the search index is
 * reopened once and each story's related stories are found among all of them, new ones
 * included, before it is saved. The search index is reopened once per call, not once per story.
 * A change of related links alone is navigation, not news: it keeps the story's version.
 *
 * <p>Synthesis (with the reading of a story's articles) and the related-stories search run on a
 * small pool, one thread per core: within a pass each story depends only on what is stored and
 * on the search index as of the pass's start, not on the other stories of the pass. Their
 * outcomes are taken in the given order, and indexing, saving and failure reports stay on the
 * calling thread in that order, so the result does not depend on which story finished first.
 * The stories of a call are saved in one transaction ({@link Store#saveStories}); when that
 * fails they are saved one by one, so that only the story at fault is reported.
 */
final class StoryWriter {
  private static final Logger LOG = LoggerFactory.getLogger(StoryWriter.class);

  private final Store store;
  private final SearchIndex index;
  private final StorySynthesizer synthesizer;
  private final RelatedStories related;
  private final PipelineConfig config;
  private final Clock clock;
  private final InOrderPool pool = new InOrderPool(Runtime.getRuntime().availableProcessors(), "story-writer");

  StoryWriter(Store store, SearchIndex index, StorySynthesizer synthesizer, PipelineConfig config, Clock clock) {
    this.store = store;
    this.index = index;
    this.synthesizer = synthesizer;
    this.related = new RelatedStories(index, store, config.relatedCandidates());
    this.config = config;
    this.clock = clock;
  }

  /** A story synthesized and indexed, waiting for its related links and its save. */
  private record Written(Story story, List<AnnotatedArticle> articles, boolean published, boolean isNew) {}

  /** A story with its related links, waiting for its save. */
  private record Linked(String storyId, Written written, Story story) {}

  /**
   * Writes each story, reporting the ones that fail (with {@code strict}, the first failure is
   * thrown instead); returns the saved stories by id, in the given order. {@code onStory} runs
   * after each story is saved.
   */
  Map<String, Story> write(Collection<String> storyIds, BatchReport report, boolean strict, Runnable onStory) {
    List<String> ids = List.copyOf(storyIds);
    List<InOrderPool.Outcome<Written>> drafts = pool.map(ids, this::synthesize);
    Map<String, Written> written = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String storyId = ids.get(i);
      try {
        Written w = drafts.get(i).get();
        index.indexStory(w.story(), w.published());
        written.put(storyId, w);
      } catch (RuntimeException e) {
        failed(storyId, e, report, strict);
      }
    }
    if (written.isEmpty()) {
      return Map.of();
    }
    index.refresh();
    List<String> linkedIds = List.copyOf(written.keySet());
    List<InOrderPool.Outcome<Story>> links = pool.map(linkedIds, storyId -> withLinks(storyId, written));
    Map<String, Story> saved = new LinkedHashMap<>();
    List<Linked> unsaved = new ArrayList<>();
    for (int i = 0; i < linkedIds.size(); i++) {
      String storyId = linkedIds.get(i);
      Written w = written.get(storyId);
      try {
        unsaved.add(new Linked(storyId, w, links.get(i).get()));
      } catch (RuntimeException failure) {
        // Everything before a failure is saved before it is reported (a strict failure throws).
        save(unsaved, saved, report, strict, onStory);
        rejected(storyId, w, failure, report, strict);
        onStory.run();
      }
    }
    save(unsaved, saved, report, strict, onStory);
    return saved;
  }

  /** The story with its related links found among this call's stories and the stored ones. */
  private Story withLinks(String storyId, Map<String, Written> written) {
    Written w = written.get(storyId);
    List<Related> links = related.find(storyId, w.articles(), id -> Optional.ofNullable(written.get(id)).map(Written::story));
    return links.equals(w.story().related()) ? w.story() : w.story().toBuilder().related(links).build();
  }

  /** Saves the stories in one transaction, or one by one when that fails; empties the list. */
  private void save(List<Linked> unsaved, Map<String, Story> saved, BatchReport report, boolean strict, Runnable onStory) {
    if (unsaved.isEmpty()) {
      return;
    }
    List<Linked> batch = List.copyOf(unsaved);
    unsaved.clear();
    boolean together;
    Set<String> stale = new HashSet<>();
    try {
      stale.addAll(store.saveStories(batch.stream().map(l -> new StorySave(l.story(), l.written().published())).toList()));
      together = true;
    } catch (RuntimeException e) {
      LOG.warn("saving {} stories together failed ({}); saving them one by one", batch.size(), e.toString());
      together = false;
    }
    for (Linked l : batch) {
      try {
        if (!together && !store.saveStory(l.story(), l.written().published())) {
          stale.add(l.storyId());
        }
        if (stale.contains(l.storyId())) {
          // Another writer saved a newer version first (several synthesis workers, docs/SCALE.md).
          LOG.warn("story {}: version {} not saved, the store holds a newer one", l.storyId(), l.story().version());
          onStory.run();
          continue;
        }
        report.touched(l.storyId());
        if (l.written().published()) {
          report.published(l.storyId());
        }
        saved.put(l.storyId(), l.story());
      } catch (RuntimeException failure) {
        rejected(l.storyId(), l.written(), failure, report, strict);
      }
      onStory.run();
    }
  }

  /** A story that failed after it was indexed leaves the index if it was new. */
  private void rejected(String storyId, Written w, RuntimeException failure, BatchReport report, boolean strict) {
    if (w.isNew()) {
      index.removeStory(storyId);
    }
    failed(storyId, failure, report, strict);
  }

  private Written synthesize(String storyId) {
    List<AnnotatedArticle> articles = store.annotatedArticlesOf(storyId);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + storyId + " has no articles");
    }
    Story previous = store.story(storyId).orElse(null);
    // The previous links for now: the second pass finds them again among this call's stories.
    List<Related> links = previous == null ? List.of() : previous.related();
    Story story = synthesizer.synthesize(new StoryDraft(storyId, articles, previous, links, clock.instant()));
    boolean published = IndependentOutlets.count(articles.stream().map(AnnotatedArticle::article).toList()) >= config.minOutlets();
    return new Written(story, articles, published, previous == null);
  }

  private static void failed(String storyId, RuntimeException e, BatchReport report, boolean strict) {
    if (strict) {
      throw e;
    }
    LOG.warn("story {} failed to synthesize: {}", storyId, e.toString(), e);
    report.rejected("story " + storyId + ": synthesis failed: " + e.getMessage());
  }
}
