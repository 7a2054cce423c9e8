package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's publication and modification times, keeping the offset they were written with,
 * in order of trust: JSON-LD, meta tags, {@code <time>} elements, inline script data, a date near
 * the headline or in a date-named element, the URL.
 */
final class DateReader {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator NOT_DATE_PLACES = QueryParser.parse("nav, [class*=comment], #comments");
  private static final Evaluator ARTICLE = QueryParser.parse("article");
  private static final Evaluator NAV = QueryParser.parse("nav");
  private static final Evaluator NOT_VISIBLE_DATE_PLACES = QueryParser.parse("[class*=comment], #comments, footer, nav, aside, [class*=related]");
  private static final String[] PUBLISHED_METAS = {"article:published_time", "datepublished", "pubdate", "publish-date",
      "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date", "sailthru.date",
      "parsely-pub-date", "published", "publish_date", "publication_date", "date_published", "article.published",
      "citation_publication_date", "citation_date", "og:published_time", "release_date", "published-date", "publishdate",
      "date-published", "article:published", "pub_date"};
  private static final String[] MODIFIED_METAS = {"article:modified_time", "og:updated_time", "datemodified", "last-modified",
      "dcterms.modified", "article.updated", "updated_time", "modified-date", "date-modified", "updated", "last-updated", "lastmod"};
  /** Keys of a publication date in page data, looked up with indexOf before the pattern reads the value. */
  private static final List<String> SCRIPT_DATE_KEYS = List.of("datePublished", "publishedDate", "publishDate", "publish_date",
      "published_at", "first_publication_date", "date_published", "publicationDate", "content_publication_date");
  private static final List<String> SCRIPT_UPDATE_KEYS = List.of("dateModified", "updated_at", "dateUpdate", "date_updated",
      "modified_at", "last_modified", "content_date_updated");
  private static final Pattern SCRIPT_DATE_VALUE = Pattern.compile("\\\\?[\"']?\\s*:\\s*\\\\?[\"']([^\"'\\\\]{8,40})");
  private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)\\b(?:updated|last updated|modified|last modified|reviewed|aktualisiert|mis à jour|actualizado)\\b");
  private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(?:published|posted|veröffentlicht|publié|publicado)\\b");
  private static final int MAX_SCRIPT_CHARS = 2_000_000;
  private static final int MAX_TIMES = 10;
  private static final int ELEMENTS_BEFORE_HEADLINE = 25;
  private static final int MAX_BYLINE_BLOCKS = 4;
  private static final int MAX_LABEL_SCAN = 20_000;
  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)\\s*(?:published|posted|posted on|last updated|updated|last modified|date|publication date|released)\\b\\s*(?:on\\b)?\\s*:?");
  private static final int MAX_BYLINE_BLOCK_CHARS = 300;

  /** Publication and modification time; either may be null. */
  record Dates(OffsetDateTime published, OffsetDateTime modified) {}

  private DateReader() {}

  static Dates read(PageIndex index, PageMetas m, JsonNode ld, String url) {
    OffsetDateTime published = first(JsonLd.text(ld, "datePublished"));
    for (int i = 0; published == null && i < PUBLISHED_METAS.length; i++) {
      published = first(m.get(PUBLISHED_METAS[i]));
    }
    OffsetDateTime modified = first(JsonLd.text(ld, "dateModified"));
    for (int i = 0; modified == null && i < MODIFIED_METAS.length; i++) {
      modified = first(m.get(MODIFIED_METAS[i]));
    }
    // What the page shows beside its headline or byline beats metadata that says another day:
    // templates often stamp the meta with a re-publication or a UTC day the readers never see.
    // A shown day after the last modification is no publication (a "reviewed" or today's date).
    // Each visible reading is made once: they walk the page around the headline and the bylines.
    Dates nearHeadline = null;
    Dates nearByline = null;
    if (published != null) {
      nearHeadline = nearHeadline(index);
      OffsetDateTime shown = nearHeadline.published();
      if (shown == null) {
        nearByline = nearByline(index);
        shown = nearByline.published();
      }
      if (shown != null && !sameDay(shown, published) && !swapped(shown, published)
          && (modified == null || !sameDay(shown, modified) && shown.toLocalDate().isBefore(modified.toLocalDate()))) {
        published = shown;
      }
    }
    if (published == null) {
      published = first(timeAttr(index, false));
    }
    if (modified == null) {
      modified = first(timeAttr(index, true));
    }
    if (published == null) {
      published = first(scriptDate(index, SCRIPT_DATE_KEYS, "ublish", "ublication"));
    }
    if (published == null || modified == null) {
      Dates near = nearHeadline != null ? nearHeadline : nearHeadline(index);
      published = published == null ? near.published() : published;
      modified = modified == null ? near.modified() : modified;
    }
    if (published == null || modified == null) {
      Dates near = nearByline != null ? nearByline : nearByline(index);
      published = published == null ? near.published() : published;
      modified = modified == null ? near.modified() : modified;
    }
    if (published == null) {
      published = visibleDate(index, false);
    }
    if (modified == null) {
      modified = visibleDate(index, true);
    }
    if (modified == null) {
      modified = first(scriptDate(index, SCRIPT_UPDATE_KEYS, "odified", "pdate"));
    }
    if (published == null && modified == null) {
      Dates labelled = labelledDate(index);
      published = labelled.published();
      modified = labelled.modified();
    }
    if (published == null) {
      published = DateParser.atNoon(DateParser.fromUrl(url));
    }
    return new Dates(published, modified);
  }

  /**
   * A date after a label anywhere on the page ("Posted on April 13, 2023", "Last updated:
   * 10/31/2024"), for pages that mark their date nowhere else: small elements only, outside
   * comments, navigation and footers.
   */
  private static Dates labelledDate(PageIndex index) {
    int seen = 0;
    for (Element e : index.all) {
      // Most elements are containers with more children or only blank text of their own: both
      // are told without building the child list or the own text.
      if (seen++ >= MAX_LABEL_SCAN || moreElementChildren(e, 3) || TextLengths.ownTextEmpty(e)) {
        continue;
      }
      String own = e.ownText();
      if (own.length() < 4 || own.length() > 80 || !DATE_LABEL.matcher(own).lookingAt()) {
        continue;
      }
      String t = e.text();
      if (t.length() > 100 || index.within(e, NOT_VISIBLE_DATE_PLACES)) {
        continue;
      }
      OffsetDateTime parsed = DateParser.atNoon(DateParser.findInText(t));
      if (parsed != null) {
        return UPDATED_LABEL.matcher(own).find() ? new Dates(null, parsed) : new Dates(parsed, null);
      }
    }
    return new Dates(null, null);
  }

  /** {@code e.childrenSize() > max}, counted without building the element's child list. */
  private static boolean moreElementChildren(Element e, int max) {
    int n = 0;
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element && ++n > max) {
        return true;
      }
    }
    return false;
  }

  /** True when a numeric date read month-first is the other day read day-first ("10/09/2024"). */
  private static boolean swapped(OffsetDateTime shown, OffsetDateTime meta) {
    return shown.getYear() == meta.getYear() && shown.getMonthValue() == meta.getDayOfMonth() && shown.getDayOfMonth() == meta.getMonthValue();
  }

  private static boolean sameDay(OffsetDateTime a, OffsetDateTime b) {
    return a.toLocalDate().equals(b.toLocalDate());
  }

  private static OffsetDateTime first(String value) {
    return value == null ? null : DateParser.parseWithOffset(value);
  }

  /**
   * The best {@code <time>} whose datetime attribute or text is a date: for the publication one
   * marked as such (itemprop, pubdate, a "published" class), else one in the article, else any;
   * for the update only one marked as such.
   */
  private static String timeAttr(PageIndex index, boolean updated) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    int tried = 0;
    for (Element t : index.times) {
      int rank = updated ? updateRank(t) : publicationRank(t);
      if (rank >= bestRank || tried >= MAX_TIMES || index.within(t, NOT_DATE_PLACES)) {
        continue;
      }
      tried++;
      for (String v : new String[] {t.attr("datetime"), t.text()}) {
        if (!v.isBlank() && DateParser.parseWithOffset(v) != null) {
          best = v;
          bestRank = rank;
          break;
        }
      }
    }
    return best;
  }

  private static int publicationRank(Element t) {
    if (t.attr("itemprop").equalsIgnoreCase("datePublished")) {
      return 0;
    }
    if (t.hasAttr("pubdate")) {
      return 1;
    }
    if (t.hasClass("published") || t.parent() != null && t.parent().hasClass("published")) {
      return 2;
    }
    if (t.attr("itemprop").equalsIgnoreCase("dateModified") || t.hasClass("updated")) {
      return Integer.MAX_VALUE;
    }
    if (t.hasAttr("datetime") && t.closest(ARTICLE) != null) {
      return 3;
    }
    return t.hasAttr("datetime") ? 4 : Integer.MAX_VALUE;
  }

  private static int updateRank(Element t) {
    if (t.attr("itemprop").equalsIgnoreCase("dateModified")) {
      return 0;
    }
    return t.hasClass("updated") || t.parent() != null && t.parent().hasClass("updated") ? 1 : Integer.MAX_VALUE;
  }

  /** A publication date in inline script data (frameworks that render pages from JSON). */
  private static String scriptDate(PageIndex index, List<String> keys, String hint, String otherHint) {
    for (Element script : index.scripts) {
      String data = script.data();
      // A cheap look before the regular expression: most scripts hold no such key.
      // A cheap look before the keys: most scripts hold none of them.
      if (data.length() > MAX_SCRIPT_CHARS || !data.contains(hint) && !data.contains(otherHint)) {
        continue;
      }
      for (String key : keys) {
        for (int at = data.indexOf(key); at >= 0; at = data.indexOf(key, at + 1)) {
          int from = at + key.length();
          Matcher matcher = SCRIPT_DATE_VALUE.matcher(data).region(from, Math.min(data.length(), from + 64));
          if (matcher.lookingAt()) {
            return matcher.group(1);
          }
        }
      }
    }
    return null;
  }

  /**
   * The first dates written around the headline, where bylines put them: in the headline's own
   * block (which may show the date above the title) and in the few elements after it. A date
   * labelled "Updated ..." is the update time, not the publication.
   */
  private static Dates nearHeadline(PageIndex index) {
    Element h1 = index.headline;
    if (h1 == null) {
      return new Dates(null, null);
    }
    OffsetDateTime published = null;
    OffsetDateTime updated = null;
    Element start = index.before(headlineBlock(h1), ELEMENTS_BEFORE_HEADLINE);
    int seen = 0;
    int chars = 0;
    for (Element e = start; e != null && seen < 100 && chars < 2500 && published == null; e = next(e), seen++) {
      // firstElementChild() == null is childrenSize() == 0 without building the child list.
      boolean leaf = e.firstElementChild() == null;
      if ((leaf || e.normalName().equals("time") || !e.ownText().isBlank()) && e.closest(NAV) == null) {
        String t = e.hasAttr("datetime") ? e.attr("datetime") : leaf ? e.text() : e.ownText();
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

  /**
   * A date written in the small block of the byline ("Ann Lee · March 17, 2025"), for pages
   * whose byline sits far from the headline: the byline candidates nearest the headline first,
   * each with up to three ancestors while they stay small.
   */
  private static Dates nearByline(PageIndex index) {
    List<Element> candidates = new java.util.ArrayList<>(index.bylines);
    int anchor = index.headline == null ? 0 : index.position.get(index.headline);
    candidates.sort(java.util.Comparator.comparingInt(e -> Math.abs(index.position.get(e) - anchor)));
    OffsetDateTime updated = null;
    int tried = 0;
    for (Element e : candidates) {
      if (tried >= MAX_BYLINE_BLOCKS || index.within(e, NOT_VISIBLE_DATE_PLACES)) {
        continue;
      }
      tried++;
      Element block = e;
      for (int level = 0; level < 4 && block != null && TextLengths.atMost(block, MAX_BYLINE_BLOCK_CHARS); level++, block = block.parent()) {
        String t = block.text();
        OffsetDateTime parsed = DateParser.atNoon(DateParser.findInText(t));
        if (parsed == null) {
          continue;
        }
        if (UPDATED_LABEL.matcher(t).find() && !PUBLISHED_LABEL.matcher(t).find()) {
          updated = updated == null ? parsed : updated;
          break;
        }
        return new Dates(parsed, updated);
      }
    }
    return new Dates(null, updated);
  }

  /** The block holding the headline and its byline: the nearest ancestor with a little more text than the h1. */
  private static Element headlineBlock(Element h1) {
    Element block = h1;
    int own = h1.text().length();
    for (Element p = h1.parent(); p != null && !p.normalName().equals("body") && TextLengths.atMost(p, own + 400); p = p.parent()) {
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
    if (before != null && TextLengths.under(before, 40) && UPDATED_LABEL.matcher(before.text()).find()) {
      return true;
    }
    Element parent = e.parent();
    return parent != null && (UPDATED_LABEL.matcher(parent.ownText()).find()
        || TextLengths.under(parent, 80) && UPDATED_LABEL.matcher(parent.text()).find() && !PUBLISHED_LABEL.matcher(parent.text()).find());
  }

  /** The element after {@code e} in document order (its first child, else the next one up the tree). */
  private static Element next(Element e) {
    Element first = e.firstElementChild();
    if (first != null) {
      return first;
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
  private static OffsetDateTime visibleDate(PageIndex index, boolean updated) {
    for (Element e : index.dateNamed) {
      if (index.within(e, NOT_VISIBLE_DATE_PLACES)) {
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
