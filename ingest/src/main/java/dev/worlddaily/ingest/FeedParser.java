package dev.worlddaily.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses RSS 0.90/0.91/0.92/1.0/2.0 and Atom 1.0 with ROME (DOCTYPEs refused by the XML parser
 * itself, so neither external entities nor entity expansion bombs get in; the charset chosen by
 * {@link XmlDecoder}) and JSON Feed 1.0/1.1 with Jackson.
 */
public final class FeedParser {
  private static final Pattern INTERNAL_SUBSET = Pattern.compile("(?i)<!DOCTYPE[^>\\[]*\\[");
  private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("(?i)<!DOCTYPE[^>\\[]*>");
  private static final Pattern ROOT_ELEMENT = Pattern.compile("<[A-Za-z]");
  private final ObjectMapper json = new ObjectMapper();

  /** Parses a feed; throws IllegalArgumentException with a one-line reason when it is not one. */
  public ParsedFeed parse(byte[] body, String contentType, String baseUrl) {
    return parse(body, contentType, null, baseUrl);
  }

  /**
   * Parses a feed whose HTTP header named {@code charset} (may be null); throws
   * IllegalArgumentException with a one-line reason when it is not a readable feed.
   */
  public ParsedFeed parse(byte[] body, String contentType, String charset, String baseUrl) {
    String text = XmlDecoder.decode(body, charset);
    String head = text.substring(0, Math.min(text.length(), 512)).stripLeading();
    if (head.startsWith("{") || contentType != null && contentType.contains("json")) {
      return parseJson(text, baseUrl);
    }
    Matcher root = ROOT_ELEMENT.matcher(text);
    int prologEnd = root.find() ? root.start() : text.length();
    String prolog = text.substring(0, prologEnd);
    if (INTERNAL_SUBSET.matcher(prolog).find()) {
      throw new IllegalArgumentException("feed refused: XML with a DOCTYPE that declares entities");
    }
    // A DOCTYPE that only names an external DTD (RSS 0.91 feeds carry Netscape's) defines nothing
    // we would load: drop it, and let ROME's healer turn HTML entities into characters.
    String xml = EXTERNAL_DOCTYPE.matcher(prolog).replaceFirst("") + text.substring(prologEnd);
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(true);
      SyndFeed feed = input.build(new StringReader(xml));
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
    MediaRss.Image media = MediaRss.leadImage(e);
    String caption = null;
    String credit = null;
    if (media != null && (image == null || image.equals(media.url()))) {
      image = resolve(baseUrl, media.url());
      caption = media.caption();
      credit = media.credit();
    }
    String link = e.getLink() != null ? e.getLink() : e.getUri();
    Instant published = instant(e.getPublishedDate());
    Instant updated = instant(e.getUpdatedDate());
    return new FeedItem(resolve(baseUrl, link), e.getTitle(), authors, published != null ? published : updated,
        updated, content, e.getDescription() == null ? null : e.getDescription().getValue(), image, caption, credit);
  }

  private ParsedFeed parseJson(String body, String baseUrl) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable JSON feed: " + oneLine(e.getMessage()));
    }
    if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
      throw new IllegalArgumentException("not a JSON Feed: no jsonfeed.org version");
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode i : root.path("items")) {
      List<String> authors = new ArrayList<>();
      // 1.1 has "authors"; 1.0 had a single "author", and items inherit the feed's.
      for (JsonNode a : i.has("authors") || i.has("author") ? people(i) : people(root)) {
        if (a.hasNonNull("name")) {
          authors.add(a.get("name").asText());
        }
      }
      String link = text(i, "url") != null ? text(i, "url") : text(i, "external_url");
      if (link == null && text(i, "id") != null && text(i, "id").matches("(?i)https?://.*")) {
        link = text(i, "id");
      }
      String content = text(i, "content_html") != null ? text(i, "content_html") : paragraphs(text(i, "content_text"));
      Instant published = time(text(i, "date_published"));
      Instant modified = time(text(i, "date_modified"));
      items.add(new FeedItem(resolve(baseUrl, link), text(i, "title"), authors, published != null ? published : modified, modified,
          content, text(i, "summary"), text(i, "image") != null ? text(i, "image") : text(i, "banner_image"), null, null));
    }
    return new ParsedFeed(text(root, "title"), text(root, "home_page_url"), items);
  }

  private static List<JsonNode> people(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    n.path("authors").forEach(out::add);
    if (n.path("author").isObject()) {
      out.add(n.get("author"));
    }
    return out;
  }

  /** Plain text as HTML paragraphs, escaped, so the extractor sees its structure. */
  private static String paragraphs(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        sb.append("<p>").append(org.jsoup.nodes.Entities.escape(p.strip())).append("</p>");
      }
    }
    return sb.toString();
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
