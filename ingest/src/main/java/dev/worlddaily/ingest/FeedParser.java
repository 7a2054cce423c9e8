package dev.worlddaily.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 1.0 with ROME (DOCTYPEs refused, so neither external
 * entities nor entity expansion bombs get in) and JSON Feed 1.1 with Jackson.
 */
public final class FeedParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses a feed; throws IllegalArgumentException with a one-line reason when it is not one. */
  public ParsedFeed parse(byte[] body, String contentType, String baseUrl) {
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading();
    if (head.startsWith("{") || contentType != null && contentType.contains("json")) {
      return parseJson(body, baseUrl);
    }
    if (head.toLowerCase(Locale.ROOT).contains("<!doctype") || head.contains("<!ENTITY")) {
      throw new IllegalArgumentException("feed refused: XML with a DOCTYPE (entities are not allowed)");
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(body)));
      List<FeedItem> items = new ArrayList<>();
      for (SyndEntry e : feed.getEntries()) {
        items.add(item(e, baseUrl));
      }
      return new ParsedFeed(feed.getTitle(), feed.getLink(), items);
    } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a readable feed: " + oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a readable feed: " + e.getClass().getSimpleName());
    }
  }

  private static FeedItem item(SyndEntry e, String baseUrl) {
    String content = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        content = c.getValue();
        break;
      }
    }
    List<String> authors = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null) {
        authors.add(p.getName());
      }
    }
    if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
      authors.add(e.getAuthor());
    }
    String image = null;
    for (SyndEnclosure enc : e.getEnclosures()) {
      if (enc.getType() != null && enc.getType().startsWith("image/")) {
        image = enc.getUrl();
        break;
      }
    }
    String link = e.getLink() != null ? e.getLink() : e.getUri();
    Instant published = instant(e.getPublishedDate());
    Instant updated = instant(e.getUpdatedDate());
    return new FeedItem(resolve(baseUrl, link), e.getTitle(), authors, published != null ? published : updated,
        updated, content, e.getDescription() == null ? null : e.getDescription().getValue(), image);
  }

  private static ParsedFeed parseJson(byte[] body, String baseUrl) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable JSON feed: " + oneLine(e.getMessage()));
    }
    if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
      throw new IllegalArgumentException("not a JSON Feed: no jsonfeed.org version");
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode i : root.path("items")) {
      List<String> authors = new ArrayList<>();
      for (JsonNode a : i.path("authors")) {
        if (a.hasNonNull("name")) {
          authors.add(a.get("name").asText());
        }
      }
      items.add(new FeedItem(resolve(baseUrl, text(i, "url") != null ? text(i, "url") : text(i, "external_url")),
          text(i, "title"), authors, time(text(i, "date_published")), time(text(i, "date_modified")),
          text(i, "content_html") != null ? text(i, "content_html") : text(i, "content_text"), text(i, "summary"), text(i, "image")));
    }
    return new ParsedFeed(text(root, "title"), text(root, "home_page_url"), items);
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Instant time(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      return base == null ? link.strip() : java.net.URI.create(base).resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link.strip();
    }
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
  }
}
