package dev.worlddaily.model;

/** What a source URL points at. */
public enum FeedKind {
  RSS,
  ATOM,
  JSON_FEED,
  SITEMAP,
  NEWS_SITEMAP,
  /** A single article page. */
  PAGE,
  /** Not yet known: detected on first fetch. */
  AUTO
}
