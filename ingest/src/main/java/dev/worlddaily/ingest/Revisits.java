package dev.worlddaily.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * When an item fetched before is fetched again: at once when its feed date moved past the one
 * seen (the outlet says it changed), else every {@code interval} while it is younger than
 * {@code window} (outlets edit young articles without saying so), else never.
 */
record Revisits(Duration interval, Duration window) {
  boolean due(CrawlMemory.Seen seen, Instant itemTime, Instant now) {
    if (itemTime != null && (seen.itemTime() == null || itemTime.isAfter(seen.itemTime()))) {
      return true;
    }
    return Duration.between(seen.firstFetched(), now).compareTo(window) < 0
        && Duration.between(seen.lastFetched(), now).compareTo(interval) >= 0;
  }
}
