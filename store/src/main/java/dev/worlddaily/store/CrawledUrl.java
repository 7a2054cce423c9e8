package dev.worlddaily.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A URL the crawler fetched, as remembered in the store.
 *
 * @param url the canonical item URL
 * @param articleId the article it gave, or null
 * @param firstFetched when it was first fetched
 * @param lastFetched when it was last fetched
 * @param itemTime the newest date its feed or sitemap gave it, or null
 */
public record CrawledUrl(String url, String articleId, Instant firstFetched, Instant lastFetched, Instant itemTime) {
  public CrawledUrl {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(lastFetched, "lastFetched");
    firstFetched = firstFetched == null ? lastFetched : firstFetched;
  }
}
