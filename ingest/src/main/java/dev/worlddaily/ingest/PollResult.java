package dev.worlddaily.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The result of polling one source, for its health record and the crawl memory.
 *
 * @param ok true when the source was fetched and read, or was unchanged (304)
 * @param complete false when a stop request cut the poll short: items were left unread, so the
 *     validators must not be kept (a 304 next time would hide them)
 * @param notModified true for a 304
 * @param items new or changed articles read
 * @param unchanged items skipped because they were fetched before and are not due again
 * @param failedItems items that could not be fetched or extracted (the source itself was fine)
 * @param etag the validator to send next time
 * @param lastModified the validator to send next time
 * @param error one-line reason when not ok
 * @param status HTTP status of a failure, or 0
 * @param retryAfter how long the server asked us to wait, or null
 * @param crawled items fetched, to remember once their articles are stored
 * @param publishedPerDay the publishing rate the items' dates show, or NaN when they show none
 * @param discoveredFeed the feed an HTML page advertised and that was read in its place, or null
 */
public record PollResult(
    boolean ok,
    boolean complete,
    boolean notModified,
    int items,
    int unchanged,
    int failedItems,
    String etag,
    String lastModified,
    String error,
    int status,
    Duration retryAfter,
    List<CrawledItem> crawled,
    double publishedPerDay,
    String discoveredFeed) {

  public PollResult {
    crawled = List.copyOf(crawled == null ? List.of() : crawled);
  }

  static PollResult notModified(String etag, String lastModified) {
    return new PollResult(true, true, true, 0, 0, 0, etag, lastModified, null, 304, null, List.of(), Double.NaN, null);
  }

  static PollResult failed(String error, int status, Duration retryAfter) {
    return new PollResult(false, true, false, 0, 0, 0, null, null, error, status, retryAfter, List.of(), Double.NaN, null);
  }
}
