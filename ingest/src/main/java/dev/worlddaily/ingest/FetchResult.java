package dev.worlddaily.ingest;

/**
 * A completed fetch.
 *
 * @param url the final URL after redirects
 * @param status HTTP status (200, or 304 when unchanged)
 * @param body decompressed body (empty for 304)
 * @param contentType media type without parameters, lower case, or null
 * @param charset charset parameter of the Content-Type, or null
 * @param etag ETag validator, or null
 * @param lastModified Last-Modified validator, or null
 */
public record FetchResult(String url, int status, byte[] body, String contentType, String charset, String etag, String lastModified) {
  public boolean notModified() {
    return status == 304;
  }
}
