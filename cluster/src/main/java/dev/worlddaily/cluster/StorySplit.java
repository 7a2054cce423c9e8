package dev.worlddaily.cluster;

import java.util.List;

/**
 * Articles that left a story because they turned out to be about another event.
 *
 * @param fromStoryId the story they left (it keeps its id and its other articles)
 * @param newStoryId the story they now make up
 * @param articleIds the articles moved, in the order they were assigned
 */
public record StorySplit(String fromStoryId, String newStoryId, List<String> articleIds) {
  public StorySplit {
    articleIds = List.copyOf(articleIds);
  }
}
