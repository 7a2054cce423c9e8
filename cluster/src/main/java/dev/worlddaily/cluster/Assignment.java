package dev.worlddaily.cluster;

import java.util.List;

/**
 * The clusterer's decision for one article.
 *
 * @param articleId the article
 * @param storyId the story it belongs to
 * @param newStory true when the story was created for it
 * @param absorbedStoryIds stories merged into {@code storyId} by this decision (the older id
 *     survives); empty when none
 * @param splits stories that split as a consequence (earlier articles moved to a new story);
 *     empty when none
 */
public record Assignment(String articleId, String storyId, boolean newStory, List<String> absorbedStoryIds, List<StorySplit> splits) {
  public Assignment {
    absorbedStoryIds = List.copyOf(absorbedStoryIds == null ? List.of() : absorbedStoryIds);
    splits = List.copyOf(splits == null ? List.of() : splits);
  }

  public Assignment(String articleId, String storyId, boolean newStory, List<String> absorbedStoryIds) {
    this(articleId, storyId, newStory, absorbedStoryIds, List.of());
  }
}
