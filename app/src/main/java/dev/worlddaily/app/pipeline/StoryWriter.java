package dev.worlddaily.app.pipeline;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import dev.worlddaily.synthesize.IndependentOutlets;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.StorySynthesizer;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes stories afresh from their stored articles, several at once, in two passes: every story
 * is synthesized and indexed first (keeping its related links), then the search index is
 * reopened once and each story's related stories are found among all of them, new ones
 * included, before it is saved. The search index is reopened once per call, not once per story.
 * A change of related links alone is navigation, not news: it keeps the story's version.
 */
final class StoryWriter {
  private static final Logger LOG = LoggerFactory.getLogger(StoryWriter.class);

  private final Store store;
  private final SearchIndex index;
  private final StorySynthesizer synthesizer;
  private final RelatedStories related;
  private final PipelineConfig config;
  private final Clock clock;

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

  /**
   * Writes each story, reporting the ones that fail (with {@code strict}, the first failure is
   * thrown instead); returns the saved stories by id, in the given order. {@code onStory} runs
   * after each story is saved.
   */
  Map<String, Story> write(Collection<String> storyIds, BatchReport report, boolean strict, Runnable onStory) {
    Map<String, Written> written = new LinkedHashMap<>();
    for (String storyId : storyIds) {
      try {
        written.put(storyId, synthesize(storyId));
      } catch (RuntimeException e) {
        failed(storyId, e, report, strict);
      }
    }
    if (written.isEmpty()) {
      return Map.of();
    }
    index.refresh();
    Map<String, Story> saved = new LinkedHashMap<>();
    for (Map.Entry<String, Written> e : written.entrySet()) {
      String storyId = e.getKey();
      Written w = e.getValue();
      try {
        List<Related> links = related.find(storyId, w.articles(), id -> inBatchOrStored(id, written));
        Story story = links.equals(w.story().related()) ? w.story() : w.story().toBuilder().related(links).build();
        store.saveStory(story, w.published());
        report.touched(storyId);
        if (w.published()) {
          report.published(storyId);
        }
        saved.put(storyId, story);
      } catch (RuntimeException failure) {
        if (w.isNew()) {
          index.removeStory(storyId);
        }
        failed(storyId, failure, report, strict);
      }
      onStory.run();
    }
    return saved;
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
    index.indexStory(story, published);
    return new Written(story, articles, published, previous == null);
  }

  private Optional<Story> inBatchOrStored(String storyId, Map<String, Written> written) {
    Written w = written.get(storyId);
    return w != null ? Optional.of(w.story()) : store.story(storyId);
  }

  private static void failed(String storyId, RuntimeException e, BatchReport report, boolean strict) {
    if (strict) {
      throw e;
    }
    LOG.warn("story {} failed to synthesize: {}", storyId, e.toString(), e);
    report.rejected("story " + storyId + ": synthesis failed: " + e.getMessage());
  }
}
