package dev.worlddaily.store;

import dev.worlddaily.model.Category;
import java.time.Instant;

/**
 * A search: free text (BM25 over headline, dek, body, tags, entities) plus filters; null filters
 * do not apply.
 */
public record SearchQuery(
    String text,
    Category category,
    Instant from,
    Instant to,
    String outletDomain,
    String entity,
    boolean includeUnpublished,
    int offset,
    int limit) {

  public SearchQuery {
    text = text == null ? "" : text;
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be in 1..1000: " + limit);
    }
  }

  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, null, null, null, false, 0, limit);
  }
}
