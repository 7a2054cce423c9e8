package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's publication and modification times, keeping the offset they were written with,
 * in order of trust: JSON-LD, meta tags, {@code <time>} elements, inline script data, a date near
 * the headline or in a date-named element, the URL.
 */
final class DateReader {
  private static final String[] PUBLISHED_METAS = {"article:published_time", "datepublished", "pubdate", "publish-date",
      "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date", "sailthru.date",
      "parsely-pub-date", "published", "publish_date", "publication_date", "date_published", "article.published",
      "citation_publication_date", "citation_date", "og:published_time", "release_date"};
  private static final String[] MODIFIED_METAS = {"article:modified_time", "og:updated_time", "datemodified", "last-modified",
      "dcterms.modified", "article.updated", "updated_time"};
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "[\"']?(?:datePublished|publishedDate|publishDate|publish_date|published_at|first_publication_date|date_published|publicationDate)[\"']?\\s*:\\s*[\"']([^\"']{8,40})[\"']");
  private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)\\b(?:updated|last updated|modified|last modified|reviewed)\\b");
  private static final int MAX_SCRIPT_CHARS = 2_000_000;

  /** Publication and modification time; either may be null. */
  record Dates(OffsetDateTime published, OffsetDateTime modified) {}

  private DateReader() {}

  static Dates read(Document doc, PageMetas m, JsonNode ld, String url) {
    OffsetDateTime published = first(JsonLd.text(ld, "datePublished"));
    for (int i = 0; published == null && i < PUBLISHED_METAS.length; i++) {
      published = first(m.get(PUBLISHED_METAS[i]));
    }
    OffsetDateTime modified = first(JsonLd.text(ld, "dateModified"));
    for (int i = 0; modified == null && i < MODIFIED_METAS.length; i++) {
      modified = first(m.get(MODIFIED_METAS[i]));
    }
    if (published == null) {
      published = first(timeAttr(doc, "time[itemprop=datePublished], time[pubdate], .published time, time.published, article time[datetime], time[datetime]"));
    }
    if (modified == null) {
      modified = first(timeAttr(doc, "time[itemprop=dateModified], time.updated, .updated time"));
    }
    if (published == null) {
      published = first(scriptDate(doc));
    }
    if (published == null) {
      published = nearHeadline(doc);
    }
    if (published == null) {
      published = visibleDate(doc, false);
    }
    if (modified == null) {
      modified = visibleDate(doc, true);
    }
    if (published == null) {
      published = DateParser.atNoon(DateParser.fromUrl(url));
    }
    return new Dates(published, modified);
  }

  private static OffsetDateTime first(String value) {
    return value == null ? null : DateParser.parseWithOffset(value);
  }

  private static String timeAttr(Document doc, String selector) {
    Element t = doc.selectFirst(selector);
    if (t == null) {
      return null;
    }
    String dt = t.attr("datetime");
    return dt.isBlank() ? t.text() : dt;
  }

  /** A publication date in inline script data (frameworks that render pages from JSON). */
  private static String scriptDate(Document doc) {
    for (Element script : doc.getElementsByTag("script")) {
      if (script.hasAttr("src")) {
        continue;
      }
      String data = script.data();
      // A cheap look before the regular expression: most scripts hold no such key.
      if (data.length() > MAX_SCRIPT_CHARS || !data.contains("ublish") && !data.contains("ublication")) {
        continue;
      }
      Matcher matcher = SCRIPT_DATE.matcher(data);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  /**
   * The first date written in the few elements after the headline, where bylines put it; an
   * "Updated ..." date there is skipped, as it is not the publication.
   */
  private static OffsetDateTime nearHeadline(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 == null) {
      return null;
    }
    int seen = 0;
    int chars = 0;
    for (Element e = next(h1); e != null && seen < 60 && chars < 1500; e = next(e), seen++) {
      if (e.childrenSize() == 0 || e.normalName().equals("time") || !e.ownText().isBlank()) {
        String t = e.hasAttr("datetime") ? e.attr("datetime") : e.childrenSize() == 0 ? e.text() : e.ownText();
        chars += t.length();
        if (UPDATED_LABEL.matcher(t).find() || e.parent() != null && UPDATED_LABEL.matcher(e.parent().ownText()).find()) {
          continue;
        }
        OffsetDateTime parsed = DateParser.parseWithOffset(t);
        if (parsed == null) {
          LocalDate d = DateParser.findInText(t);
          parsed = DateParser.atNoon(d);
        }
        if (parsed != null) {
          return parsed;
        }
      }
    }
    return null;
  }

  /** The element after {@code e} in document order (its first child, else the next one up the tree). */
  private static Element next(Element e) {
    if (e.childrenSize() > 0) {
      return e.child(0);
    }
    for (Element x = e; x != null; x = x.parent()) {
      Element sibling = x.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /**
   * A date shown in a date-named element ("Updated Dec 12, 2025"), for pages without date
   * metadata: the first one for the publication, the first labelled as an update for the
   * modification.
   */
  private static OffsetDateTime visibleDate(Document doc, boolean updated) {
    for (Element e : doc.select("time, [class*=date], [class*=Date], [class*=publish], [class*=updated], [class*=posted], [itemprop*=date]")) {
      if (e.closest("[class*=comment], #comments, footer, nav, aside, [class*=related]") != null) {
        continue;
      }
      String t = e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      if (t.length() > 120) {
        continue;
      }
      String context = e.text() + " " + (e.parent() == null ? "" : e.parent().ownText()) + " " + e.className();
      if (updated != UPDATED_LABEL.matcher(context).find()) {
        continue;
      }
      OffsetDateTime parsed = DateParser.parseWithOffset(t);
      if (parsed == null) {
        parsed = DateParser.atNoon(DateParser.findInText(t));
      }
      if (parsed != null) {
        return parsed;
      }
    }
    return null;
  }
}
