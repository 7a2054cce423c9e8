package dev.worlddaily.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Bytes as fetched or read, before extraction.
 *
 * @param url where it came from (http(s) URL or {@code file:} URI)
 * @param content the body bytes, already decompressed
 * @param contentType media type without parameters, lower case (e.g. "text/html"), or null
 * @param charset charset named by the transport (HTTP header), or null
 * @param fetched when it was fetched or read
 * @param outlet the outlet known from configuration (feed, OPML), or null to infer from the page
 */
public record RawDocument(
    String url, byte[] content, String contentType, String charset, Instant fetched, Outlet outlet) {
  public RawDocument {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(content, "content");
    fetched = fetched == null ? Instant.now() : fetched;
  }
}
