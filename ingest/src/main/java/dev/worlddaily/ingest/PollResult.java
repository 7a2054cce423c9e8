package dev.worlddaily.ingest;

/**
 * The result of polling one feed, for its health record.
 *
 * @param ok true when the feed was fetched or was unchanged (304)
 * @param notModified true for a 304
 * @param items items read
 * @param etag the validator to send next time
 * @param lastModified the validator to send next time
 * @param error one-line reason when not ok
 * @param status HTTP status of a failure, or 0
 */
public record PollResult(boolean ok, boolean notModified, int items, String etag, String lastModified, String error, int status) {
  static PollResult notModified(String etag, String lastModified) {
    return new PollResult(true, true, 0, etag, lastModified, null, 304);
  }

  static PollResult ok(int items, String etag, String lastModified) {
    return new PollResult(true, false, items, etag, lastModified, null, 200);
  }

  static PollResult failed(String error, int status) {
    return new PollResult(false, false, 0, null, null, error, status);
  }
}
