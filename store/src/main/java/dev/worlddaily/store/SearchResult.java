package dev.worlddaily.store;

import java.util.List;

/** A page of search hits and the total number of matches. */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
