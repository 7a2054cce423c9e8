package dev.worlddaily.store;

import dev.worlddaily.model.Category;
import java.time.Instant;

/**
 * Filters for listing stories; null fields do not filter.
 *
 * @param includeUnpublished also list stories that do not pass the publishing gate
 * @param category only this category
 * @param updatedSince only stories updated at or after this time
 * @param updatedBefore only stories updated before this time
 * @param outletDomain only stories with a source from this outlet
 * @param tag only stories carrying this tag
 * @param offset rows to skip
 * @param limit maximum rows, at least 1
 */
public record StoryQuery(
    boolean includeUnpublished,
    Category category,
    Instant updatedSince,
    Instant updatedBefore,
    String outletDomain,
    String tag,
    int offset,
    int limit) {

  public StoryQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
  }

  public static StoryQuery latest(int limit) {
    return new StoryQuery(false, null, null, null, null, null, 0, limit);
  }

  public StoryQuery withCategory(Category c) {
    return new StoryQuery(includeUnpublished, c, updatedSince, updatedBefore, outletDomain, tag, offset, limit);
  }

  public StoryQuery withUnpublished(boolean all) {
    return new StoryQuery(all, category, updatedSince, updatedBefore, outletDomain, tag, offset, limit);
  }

  public StoryQuery page(int newOffset, int newLimit) {
    return new StoryQuery(includeUnpublished, category, updatedSince, updatedBefore, outletDomain, tag, newOffset, newLimit);
  }
}
