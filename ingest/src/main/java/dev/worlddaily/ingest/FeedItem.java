package dev.worlddaily.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed.
 *
 * @param link the article URL
 * @param title entry title, or null
 * @param authors author names
 * @param published publication time, or null
 * @param updated update time, or null
 * @param contentHtml the full content (content:encoded, atom content, content_html), or null
 * @param summary the teaser or description, or null
 * @param imageUrl an enclosure or media image, or null
 * @param imageCaption the image's caption (Media RSS description or title), or null
 * @param imageCredit the image's credit (Media RSS credit), or null
 */
public record FeedItem(
    String link, String title, List<String> authors, Instant published, Instant updated, String contentHtml, String summary, String imageUrl,
    String imageCaption, String imageCredit) {
  public FeedItem {
    authors = List.copyOf(authors == null ? List.of() : authors);
  }
}
