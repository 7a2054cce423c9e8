package dev.worlddaily.web;

import dev.worlddaily.model.story.Story;

/**
 * Editorial actions the admin pages offer that need the pipeline; implemented by the
 * application, which owns the synthesizer.
 */
@FunctionalInterface
public interface StoryMaintenance {
  /**
   * Writes a story afresh from its stored articles, stores and indexes it, and returns it.
   *
   * @throws IllegalArgumentException when there is no such story or it has no articles
   */
  Story resynthesize(String storyId);
}
