package dev.worlddaily.ingest;

import java.util.List;

/** A parsed feed: its title, site link and entries. */
public record ParsedFeed(String title, String siteUrl, List<FeedItem> items) {
  public ParsedFeed {
    items = List.copyOf(items);
  }
}
