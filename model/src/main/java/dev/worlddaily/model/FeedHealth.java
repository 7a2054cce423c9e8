package dev.worlddaily.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Persisted state of polling one feed.
 *
 * @param feedId the feed
 * @param lastAttempt when it was last fetched, or null
 * @param lastSuccess when a fetch last succeeded (including a 304), or null
 * @param lastError when a fetch last failed, or null
 * @param lastErrorMessage one-line reason of the last failure, or null
 * @param consecutiveFailures failures since the last success
 * @param itemsPerDay observed publishing rate, used to adapt the poll interval
 * @param etag validator for conditional GET, or null
 * @param lastModified validator for conditional GET (HTTP date string), or null
 * @param nextPoll when the scheduler will poll next, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedHealth(
    String feedId,
    Instant lastAttempt,
    Instant lastSuccess,
    Instant lastError,
    String lastErrorMessage,
    int consecutiveFailures,
    double itemsPerDay,
    String etag,
    String lastModified,
    Instant nextPoll) {

  public static FeedHealth initial(String feedId) {
    return new FeedHealth(feedId, null, null, null, null, 0, 0, null, null, null);
  }
}
