package dev.worlddaily.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.Objects;

/**
 * A configured source that is polled: a feed, a sitemap or a page.
 *
 * @param id stable id (derived from the URL unless given)
 * @param url the feed URL
 * @param title human title, may be null
 * @param outlet the outlet that publishes it (its domain is the link to {@link Outlet})
 * @param kind what the URL points at
 * @param pollInterval how often to poll; null for the scheduler's adaptive default
 * @param enabled disabled feeds are kept but not polled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feed(
    String id,
    String url,
    String title,
    Outlet outlet,
    FeedKind kind,
    Duration pollInterval,
    boolean enabled) {

  public Feed {
    Objects.requireNonNull(url, "url");
    if (id == null || id.isBlank()) {
      id = Ids.feedId(url);
    }
    kind = kind == null ? FeedKind.AUTO : kind;
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("pollInterval must be > 0: " + pollInterval);
    }
  }

  public static Feed of(String url, Outlet outlet) {
    return new Feed(null, url, null, outlet, FeedKind.AUTO, null, true);
  }
}
