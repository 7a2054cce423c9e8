package dev.worlddaily.sample;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One fictional article of the corpus.
 *
 * @param slug URL slug, unique within its outlet
 * @param outletDomain the outlet
 * @param eventId the event it reports (ground truth)
 * @param title its headline
 * @param authors its byline
 * @param published publication time with the outlet's offset
 * @param updated update time, or null
 * @param section the outlet's section (URL path segment)
 * @param image the lead image
 * @param paragraphs body paragraphs; a paragraph starting with "## " is a subheading, "> " a block quote
 * @param wireOf slug of the wire original this is a reprint of, or null
 */
public record SampleArticle(
    String slug, String outletDomain, String eventId, String title, List<SampleAuthor> authors,
    OffsetDateTime published, OffsetDateTime updated, String section, SampleImage image,
    List<String> paragraphs, String wireOf) {

  public SampleArticle {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * Path of the page under its outlet: {@code section/slug}. No date in it, so the demo's date
   * shift never changes an article's identity.
   */
  public String path() {
    return section.toLowerCase(Locale.ROOT) + "/" + slug;
  }

  /** The canonical URL on the outlet's fictional https domain. */
  public String canonicalUrl() {
    return "https://" + outletDomain + "/" + path();
  }
}
