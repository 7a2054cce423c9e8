package dev.worlddaily.ingest;

import java.time.Duration;

/**
 * A fetch that failed, with the URL, the HTTP status when there was a response, and the delay a
 * server asked for (Retry-After) when it asked for one.
 */
public final class FetchException extends Exception {
  private final String url;
  private final int status;
  private final Duration retryAfter;
  private final boolean refused;

  public FetchException(String url, int status, String reason) {
    this(url, status, reason, null);
  }

  public FetchException(String url, int status, String reason, Duration retryAfter) {
    this(url, status, reason, retryAfter, false);
  }

  private FetchException(String url, int status, String reason, Duration retryAfter, boolean refused) {
    super(url + ": " + reason);
    this.url = url;
    this.status = status;
    this.retryAfter = retryAfter;
    this.refused = refused;
  }

  /** A fetch we refuse to make or finish (policy, robots.txt, limits): trying again soon changes nothing. */
  static FetchException refused(String url, String reason) {
    return new FetchException(url, 0, reason, null, true);
  }

  public FetchException(String url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.status = 0;
    this.retryAfter = null;
    this.refused = false;
  }

  public String url() {
    return url;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }

  /**
   * True when fetching again soon would fail the same way: a refusal of ours, or a 4xx answer
   * other than 408 and 429.
   */
  public boolean isPermanent() {
    return refused || status >= 400 && status < 500 && status != 408 && status != 429;
  }

  /** How long the server asked us to wait (Retry-After), or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
