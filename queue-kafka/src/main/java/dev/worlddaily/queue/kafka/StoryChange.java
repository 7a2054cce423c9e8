package dev.worlddaily.queue.kafka;

import java.time.Instant;
import java.util.List;

/**
 * What the clustering worker tells synthesis: a story gained articles, or absorbed other
 * stories. The story's articles are read from the store, which clustering wrote first.
 *
 * @param storyId the story to write afresh
 * @param articleIds the articles it gained
 * @param absorbedStoryIds stories merged into it (their pages now redirect to it)
 * @param at when clustering decided
 */
public record StoryChange(String storyId, List<String> articleIds, List<String> absorbedStoryIds, Instant at) {
  public StoryChange {
    if (storyId == null || storyId.isBlank()) {
      throw new IllegalArgumentException("storyId must not be empty");
    }
    articleIds = List.copyOf(articleIds == null ? List.of() : articleIds);
    absorbedStoryIds = List.copyOf(absorbedStoryIds == null ? List.of() : absorbedStoryIds);
  }
}
