package dev.worlddaily.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * What the crawler remembers of item URLs it fetched before, so that polling a feed fetches only
 * new or changed items, and a restarted process does not fetch everything again.
 */
@FunctionalInterface
public interface CrawlMemory {
  /** Remembers nothing: every item is fetched (for {@code wdn ingest}). */
  CrawlMemory NONE = url -> Optional.empty();

  /** What is known of a canonical item URL. */
  Optional<Seen> seen(String canonicalUrl);

  /**
   * A remembered item.
   *
   * @param firstFetched when it was first fetched
   * @param lastFetched when it was last fetched
   * @param itemTime the newest date the feed or sitemap gave it then, or null
   */
  record Seen(Instant firstFetched, Instant lastFetched, Instant itemTime) {}
}
