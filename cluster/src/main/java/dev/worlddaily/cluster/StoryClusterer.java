package dev.worlddaily.cluster;

import dev.worlddaily.model.annotation.AnnotatedArticle;

/**
 * Online, event-level clustering: each article is assigned to a story as it arrives, without
 * knowledge of later articles. Story ids are stable: a story that gains articles keeps its id.
 */
public interface StoryClusterer {
  /** Decides the story of a new article and records it in the clusterer's state. */
  Assignment assign(AnnotatedArticle article);

  /**
   * Re-establishes an earlier decision (after a restart) without re-deciding it, so that ids
   * stay stable across restarts.
   */
  void restore(AnnotatedArticle article, String storyId);
}
