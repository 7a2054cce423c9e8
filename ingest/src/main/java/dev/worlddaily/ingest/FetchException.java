package dev.worlddaily.ingest;

/** A fetch that failed, with the URL and, when there was a response, its HTTP status. */
public final class FetchException extends Exception {
  private final String url;
  private final int status;

  public FetchException(String url, int status, String reason) {
    super(url + ": " + reason);
    this.url = url;
    this.status = status;
  }

  public FetchException(String url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.status = 0;
  }

  public String url() {
    return url;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }
}
