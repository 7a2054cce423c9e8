package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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
      "(?:datePublished|publishedDate|publishDate|publish_date|published_at|first_publication_date|date_published|publicationDate)"
          + "\\\\?[\"']?\\s*:\\s*\\\\?[\"']([^\"'\\\\]{8,40})");
  private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)\\b(?:updated|last updated|modified|last modified|reviewed|aktualisiert|mis à jour|actualizado)\\b");
  private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(?:published|posted|veröffentlicht|publié|publicado)\\b");
  private static final int MAX_SCRIPT_CHARS = 2_000_000;
  private static final int MAX_TIMES = 10;
  private static final int ELEMENTS_BEFORE_HEADLINE = 25;

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
    if (published == null || modified == null) {
      Dates near = nearHeadline(doc);
      published = published == null ? near.published() : published;
      modified = modified == null ? near.modified() : modified;
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

  /** The first {@code <time>} matching the selector whose datetime attribute or text is a date. */
  private static String timeAttr(Document doc, String selector) {
    int tried = 0;
    for (Element t : doc.select(selector)) {
      if (tried++ >= MAX_TIMES || t.closest("nav, [class*=comment], #comments") != null) {
        continue;
      }
      for (String v : new String[] {t.attr("datetime"), t.text()}) {
        if (!v.isBlank() && DateParser.parseWithOffset(v) != null) {
          return v;
        }
      }
    }
    return null;
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
   * The first dates written around the headline, where bylines put them: in the headline's own
   * block (which may show the date above the title) and in the few elements after it. A date
   * labelled "Updated ..." is the update time, not the publication.
   */
  private static Dates nearHeadline(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 == null) {
      return new Dates(null, null);
    }
    OffsetDateTime published = null;
    OffsetDateTime updated = null;
    Element start = before(doc, headlineBlock(h1), ELEMENTS_BEFORE_HEADLINE);
    int seen = 0;
    int chars = 0;
    for (Element e = start; e != null && seen < 100 && chars < 2500 && published == null; e = next(e), seen++) {
      if ((e.childrenSize() == 0 || e.normalName().equals("time") || !e.ownText().isBlank()) && e.closest("nav") == null) {
        String t = e.hasAttr("datetime") ? e.attr("datetime") : e.childrenSize() == 0 ? e.text() : e.ownText();
        chars += t.length();
        OffsetDateTime parsed = DateParser.parseWithOffset(t);
        if (parsed == null && t.length() <= 200) {
          parsed = DateParser.atNoon(DateParser.findInText(t));
        }
        if (parsed == null) {
          continue;
        }
        if (labelledUpdate(e, t)) {
          updated = updated == null ? parsed : updated;
        } else {
          published = parsed;
        }
      }
    }
    return new Dates(published, updated);
  }

  /** The element {@code n} places before {@code e} in document order (pages show the date above the headline too). */
  private static Element before(Document doc, Element e, int n) {
    Elements all = doc.getAllElements();
    int at = all.indexOf(e);
    return at < 0 ? e : all.get(Math.max(0, at - n));
  }

  /** The block holding the headline and its byline: the nearest ancestor with a little more text than the h1. */
  private static Element headlineBlock(Element h1) {
    Element block = h1;
    int own = h1.text().length();
    for (Element p = h1.parent(); p != null && !p.normalName().equals("body") && p.text().length() <= own + 400; p = p.parent()) {
      block = p;
    }
    return block;
  }

  /** True when a date's own text, its label before it or its small parent says it is an update. */
  private static boolean labelledUpdate(Element e, String text) {
    if (UPDATED_LABEL.matcher(text).find()) {
      return true;
    }
    Element before = e.previousElementSibling();
    if (before != null && before.text().length() < 40 && UPDATED_LABEL.matcher(before.text()).find()) {
      return true;
    }
    Element parent = e.parent();
    return parent != null && (UPDATED_LABEL.matcher(parent.ownText()).find()
        || parent.text().length() < 80 && UPDATED_LABEL.matcher(parent.text()).find() && !PUBLISHED_LABEL.matcher(parent.text()).find());
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
      if (updated != (labelledUpdate(e, t) || UPDATED_LABEL.matcher(e.className()).find())) {
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
