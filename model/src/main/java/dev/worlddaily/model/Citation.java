package dev.worlddaily.model;

import java.util.Objects;

/**
 * A character span of an article's extracted text ({@link Article#text()}): {@code start}
 * inclusive, {@code end} exclusive.
 */
public record Citation(String articleId, int start, int end) {
  public Citation {
    Objects.requireNonNull(articleId, "articleId");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("citation span must satisfy 0 <= start <= end: " + start + ".." + end);
    }
  }

  /** True when {@code other} lies within this span of the same article. */
  public boolean covers(Citation other) {
    return articleId.equals(other.articleId) && start <= other.start && other.end <= end;
  }
}
