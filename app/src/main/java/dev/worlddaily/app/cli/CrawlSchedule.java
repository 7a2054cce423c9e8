package dev.worlddaily.app.cli;

import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which feeds of the running crawl are due: each enabled feed with its next poll, and the feeds
 * claimed by a poll that is not through yet (a claimed feed is never due, so it is not polled
 * twice at once). Only the crawl loop's thread refreshes and claims; a claim is released, with
 * the feed's next poll, by whichever thread saves its health.
 */
final class CrawlSchedule {
  /** A feed, its next poll (null: never polled), and its place in the store's list (first among feeds due alike). */
  private record Entry(Feed feed, Instant nextPoll, int rank) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  /**
   * Reads the enabled feeds from the store, and the next poll of those not claimed that are new
   * or changed ({@code all}: of every one). Only the crawl saves feed health, so what this holds
   * stays current; the feeds themselves can be added, changed or removed meanwhile.
   */
  void refresh(Store store, boolean all) {
    // Taken before reading: a feed not claimed now cannot be claimed during the refresh (only the
    // loop's thread claims, and it is here), so the health read for it is its latest.
    Set<String> wasClaimed = Set.copyOf(claimed);
    Map<String, Feed> enabled = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (Feed feed : store.feeds()) {
      if (feed.enabled()) {
        enabled.put(feed.id(), feed);
        rank.put(feed.id(), rank.size());
      }
    }
    entries.keySet().removeIf(id -> !enabled.containsKey(id) && !wasClaimed.contains(id));
    for (Feed feed : enabled.values()) {
      Entry known = entries.get(feed.id());
      if (!wasClaimed.contains(feed.id()) && (all || known == null || !known.feed().equals(feed))) {
        entries.put(feed.id(), new Entry(feed, store.feedHealth(feed.id()).map(FeedHealth::nextPoll).orElse(null), rank.get(feed.id())));
      }
    }
  }

  /**
   * Adds to {@code due} the feeds due at {@code now} that are not claimed, most overdue first;
   * returns when the next of the others falls due (null: none).
   */
  Instant due(Instant now, List<Feed> due) {
    List<Entry> found = new ArrayList<>();
    Instant next = null;
    for (Entry e : entries.values()) {
      if (claimed.contains(e.feed().id())) {
        continue;
      }
      if (e.nextPoll() == null || !e.nextPoll().isAfter(now)) {
        found.add(e);
      } else if (next == null || e.nextPoll().isBefore(next)) {
        next = e.nextPoll();
      }
    }
    found.sort(Comparator.comparing(Entry::nextPoll, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparingInt(Entry::rank));
    found.forEach(e -> due.add(e.feed()));
    return next;
  }

  /** A poll of the feed starts. */
  void claim(String feedId) {
    claimed.add(feedId);
  }

  /** The feed's poll is through (its health saved): it is due again at {@code nextPoll}. */
  void release(String feedId, Instant nextPoll) {
    // Rescheduled before the claim goes, so the loop never sees the feed free with its old due time.
    entries.computeIfPresent(feedId, (id, e) -> new Entry(e.feed(), nextPoll, e.rank()));
    claimed.remove(feedId);
  }

  /** After a failed crawl: every claimed feed is due as it was (its health was not saved). */
  void releaseAll() {
    claimed.clear();
  }

  /** Enabled feeds known. */
  int size() {
    return entries.size();
  }
}
