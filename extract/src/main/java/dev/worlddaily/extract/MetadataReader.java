package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.worlddaily.model.ArticleImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads page metadata from, in order of trust: JSON-LD, Open Graph and article meta tags,
 * {@code <time>} elements and marked-up bylines, the URL, and the document title.
 */
final class MetadataReader {
  private static final Pattern BAD_IMAGE = Pattern.compile(
      "(?i)(logo|icon|favicon|sprite|avatar|pixel|spacer|blank|tracking|beacon|1x1|badge|placeholder)");
  private static final String BYLINE_SELECTOR =
      "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .by-line, .author-name,"
          + " .article-author, .author, [class*=byline], [class*=by-line], [class*=author], [data-testid*=byline], address";
  private static final java.util.regex.Pattern BYLINE_TEXT = java.util.regex.Pattern.compile("^(?:By|Written by|Words by|Author:?)\\s+\\p{Lu}.{1,80}$");
  private static final java.util.regex.Pattern BYLINE_LABEL = java.util.regex.Pattern.compile("(?i)^(?:by|written by|author|authors|posted by|words by)\\s*:?$");

  private MetadataReader() {}

  static PageMetadata read(Document doc, String url) {
    Metas m = new Metas(doc);
    JsonNode ld = JsonLd.article(doc);
    String siteName = first(m.get("og:site_name"), ld == null ? null : JsonLd.text(ld, "publisher"), m.get("application-name"));
    String metaTitle = Titles.clean(first(m.get("og:title"), JsonLd.text(ld, "headline"), m.get("twitter:title"), doc.title()), siteName);
    String title = chooseTitle(h1(doc, siteName), metaTitle);
    List<String> authors = authors(doc, m, ld, siteName);
    Instant published = firstInstant(JsonLd.text(ld, "datePublished"), m.get("article:published_time"),
        m.get("datepublished"), m.get("pubdate"), m.get("publish-date"), m.get("date"),
        m.get("dc.date"), m.get("dc.date.issued"), m.get("dc.date.created"), m.get("sailthru.date"),
        m.get("parsely-pub-date"), m.get("published"), m.get("publish_date"), m.get("publication_date"),
        m.get("date_published"), m.get("article.published"));
    if (published == null) {
      published = firstInstant(timeAttr(doc, true));
    }
    if (published == null) {
      published = firstInstant(scriptDate(doc));
    }
    if (published == null) {
      published = dateNearHeadline(doc);
    }
    if (published == null) {
      published = visibleDate(doc);
    }
    if (published == null) {
      published = DateParser.noon(DateParser.fromUrl(url));
    }
    Instant modified = firstInstant(JsonLd.text(ld, "dateModified"), m.get("article:modified_time"),
        m.get("og:updated_time"), m.get("datemodified"), m.get("last-modified"));
    if (modified == null) {
      modified = firstInstant(timeAttr(doc, false));
    }
    String canonical = first(absolute(doc.selectFirst("link[rel=canonical]"), "href"), m.get("og:url"));
    String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"), m.get("og:locale"), m.get("content-language"), m.get("language"));
    String section = first(m.get("article:section"), JsonLd.text(ld, "articleSection"), m.get("section"));
    List<String> keywords = keywords(doc, m, ld);
    boolean paywalled = paywalled(doc, m, ld);
    return new PageMetadata(title, authors, published, modified, image(doc, m, ld), siteName, canonical,
        language(lang), section, keywords, paywalled);
  }

  /**
   * The headline readers see is the page's h1; the meta title is often an SEO or social variant
   * ("… | Outlet", "Best X of 2025 - Top 10 Picks"). The h1 wins unless it is missing, the
   * outlet's name, or a short label.
   */
  private static String chooseTitle(String h1, String metaTitle) {
    if (h1 == null || h1.split("\\s+").length < 2 && (metaTitle != null && metaTitle.split("\\s+").length > 2)) {
      return metaTitle;
    }
    return h1;
  }

  private static String h1(Document doc, String siteName) {
    for (Element h1 : doc.select("article h1, main h1, h1")) {
      if (h1.closest("nav, footer, [class*=logo], [class*=brand]") != null) {
        continue;
      }
      String t = h1.text().strip();
      if (t.isEmpty() || t.length() > 300 || siteName != null && t.equalsIgnoreCase(siteName.strip())) {
        continue;
      }
      return Titles.clean(t, siteName);
    }
    return null;
  }

  private static final java.util.regex.Pattern SCRIPT_DATE = java.util.regex.Pattern.compile(
      "[\"']?(?:datePublished|publishedDate|publishDate|publish_date|published_at|first_publication_date|date_published|publicationDate)[\"']?\\s*:\\s*[\"']([^\"']{8,40})[\"']");

  /** A publication date in inline script data (frameworks that render pages from JSON). */
  private static String scriptDate(Document doc) {
    for (Element script : doc.select("script:not([src])")) {
      String data = script.data();
      // A cheap look before the regular expression: most scripts hold no such key.
      if (data.length() > 2_000_000 || !data.contains("ublish") && !data.contains("ublication")) {
        continue;
      }
      java.util.regex.Matcher m = SCRIPT_DATE.matcher(data);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The first date written in the few lines after the headline, where bylines put it. */
  private static Instant dateNearHeadline(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    int seen = 0;
    for (Element e = next(h1); e != null && seen < 60 && text.length() < 1500; e = next(e), seen++) {
      if (e.childrenSize() == 0 || e.normalName().equals("time") || !e.ownText().isBlank()) {
        String t = e.hasAttr("datetime") ? e.attr("datetime") : e.childrenSize() == 0 ? e.text() : e.ownText();
        Instant parsed = DateParser.parse(t);
        if (parsed != null) {
          return parsed;
        }
        text.append(t).append('\n');
        java.time.LocalDate d = DateParser.findInText(t);
        if (d != null) {
          return DateParser.noon(d);
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

  /** A date shown near the headline or byline ("Updated Dec 12, 2025"), for pages without date metadata. */
  private static Instant visibleDate(Document doc) {
    for (Element e : doc.select("time, [class*=date], [class*=Date], [class*=publish], [class*=updated], [class*=posted], [itemprop*=date]")) {
      if (e.closest("[class*=comment], #comments, footer, nav") != null) {
        continue;
      }
      String t = e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      if (t.length() > 120) {
        continue;
      }
      Instant parsed = DateParser.parse(t);
      if (parsed == null) {
        java.time.LocalDate d = DateParser.findInText(t);
        parsed = d == null ? null : DateParser.noon(d);
      }
      if (parsed != null) {
        return parsed;
      }
    }
    return null;
  }

  /** The page's meta tags by name, property, itemprop or http-equiv (lower case), first value wins. */
  private static final class Metas {
    private final java.util.Map<String, String> values = new java.util.HashMap<>();

    Metas(Document doc) {
      for (Element m : doc.getElementsByTag("meta")) {
        String v = m.attr("content").strip();
        if (v.isEmpty()) {
          continue;
        }
        for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
          String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
          if (!k.isEmpty()) {
            values.putIfAbsent(k, v);
          }
        }
      }
    }

    String get(String name) {
      return values.get(name);
    }
  }



  private static String timeAttr(Document doc, boolean published) {
    String sel = published
        ? "time[itemprop=datePublished], time[pubdate], .published time, time.published, article time[datetime], time[datetime]"
        : "time[itemprop=dateModified], time.updated, .updated time";
    Element t = doc.selectFirst(sel);
    if (t == null) {
      return null;
    }
    String dt = t.attr("datetime");
    return dt.isBlank() ? t.text() : dt;
  }

  private static List<String> authors(Document doc, Metas m, JsonNode ld, String siteName) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : JsonLd.names(ld, "author")) {
      // A declared author is a person even when the site carries its name (personal sites).
      out.addAll(Bylines.declaredNames(n));
    }
    if (out.isEmpty()) {
      String metaAuthor = first(m.get("author"), m.get("article:author"), m.get("dc.creator"), m.get("parsely-author"), m.get("sailthru.author"));
      if (metaAuthor != null && !metaAuthor.startsWith("http")) {
        out.addAll(Bylines.declaredNames(metaAuthor));
      }
    }
    if (out.isEmpty()) {
      for (Element e : doc.select(BYLINE_SELECTOR)) {
        if (e.text().length() < 200 && e.closest("[class*=comment], #comments, .comments") == null) {
          out.addAll(Bylines.names(e.text(), siteName));
          if (!out.isEmpty()) {
            break;
          }
        }
      }
    }
    if (out.isEmpty()) {
      out.addAll(textualByline(doc, siteName));
    }
    return new ArrayList<>(out);
  }

  /**
   * "By Name" in a short element, or a "Written by" label followed by the name. Walks text nodes
   * only, so the cost is one pass over the page.
   */
  private static List<String> textualByline(Document doc, String siteName) {
    Element scope = doc.selectFirst("article, main");
    if (scope == null) {
      scope = doc.body();
    }
    if (scope == null) {
      return List.of();
    }
    for (org.jsoup.nodes.TextNode t : textNodes(scope, 5000)) {
      String own = t.text().strip();
      if (own.isEmpty() || !(BYLINE_TEXT_START.matcher(own).lookingAt())) {
        continue;
      }
      Element e = (Element) t.parentNode();
      if (e.closest("[class*=comment], #comments, footer, nav") != null) {
        continue;
      }
      String text = e.text().strip();
      if (text.length() <= 100 && BYLINE_TEXT.matcher(text).matches()) {
        List<String> names = Bylines.names(text, siteName);
        if (!names.isEmpty()) {
          return names;
        }
      }
      if (BYLINE_LABEL.matcher(own).matches()) {
        Element next = e.nextElementSibling();
        if (next != null && next.text().length() < 80) {
          List<String> names = Bylines.names(next.text(), siteName);
          if (!names.isEmpty()) {
            return names;
          }
        }
      }
    }
    return List.of();
  }

  private static final java.util.regex.Pattern BYLINE_TEXT_START = java.util.regex.Pattern.compile("(?i)(?:by|written by|words by|author|authors|posted by)\\b");

  /** The first {@code max} text nodes under an element, in document order. */
  private static List<org.jsoup.nodes.TextNode> textNodes(Element root, int max) {
    List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
    org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t) {
          out.add(t);
        }
        return out.size() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, root);
    return out;
  }

  private static List<String> keywords(Document doc, Metas m, JsonNode ld) {
    Set<String> out = new LinkedHashSet<>();
    String raw = first(m.get("news_keywords"), m.get("keywords"), JsonLd.text(ld, "keywords"));
    if (raw != null) {
      for (String k : raw.split("[,;]")) {
        if (!k.isBlank() && k.strip().length() < 60) {
          out.add(k.strip());
        }
      }
    }
    for (Element tag : doc.select("meta[property=article:tag]")) {
      if (!tag.attr("content").isBlank()) {
        out.add(tag.attr("content").strip());
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean paywalled(Document doc, Metas m, JsonNode ld) {
    if (ld != null) {
      String free = JsonLd.text(ld, "isAccessibleForFree");
      if ("false".equalsIgnoreCase(free)) {
        return true;
      }
      JsonNode part = ld.get("hasPart");
      if (part != null && part.toString().toLowerCase(Locale.ROOT).contains("\"isaccessibleforfree\":false")) {
        return true;
      }
    }
    String access = m.get("article:content_tier");
    if (access != null && !access.equalsIgnoreCase("free")) {
      return true;
    }
    return doc.selectFirst("[class*=paywall], #paywall, [data-paywall], .subscriber-only, .premium-content") != null;
  }

  private static ArticleImage image(Document doc, Metas m, JsonNode ld) {
    String[] fromLd = JsonLd.image(ld);
    String og = first(m.get("og:image"), m.get("og:image:url"), m.get("twitter:image"));
    Element figure = doc.selectFirst("article figure img, main figure img, figure img");
    String figureUrl = figure == null ? null : first(figure.absUrl("src"), figure.absUrl("data-src"));
    String url = first(good(og), good(fromLd == null ? null : fromLd[0]), good(figureUrl));
    if (url == null) {
      return null;
    }
    url = absoluteUrl(doc, url);
    if (url == null) {
      return null;
    }
    String caption = null;
    String credit = null;
    Element fig = figure == null ? null : figure.closest("figure");
    if (fig != null) {
      Element cap = fig.selectFirst("figcaption");
      if (cap != null) {
        Element creditEl = cap.selectFirst(".credit, [class*=credit], .copyright, small");
        credit = creditEl == null ? null : creditEl.text();
        caption = creditEl == null ? cap.text() : cap.text().replace(creditEl.text(), "").strip();
      }
      if (credit == null) {
        Element creditEl = fig.selectFirst(".credit, [class*=credit], [class*=copyright]");
        credit = creditEl == null ? null : creditEl.text();
      }
    }
    if (caption == null || caption.isBlank()) {
      caption = first(fromLd == null ? null : fromLd[1], m.get("og:image:alt"), figure == null ? null : figure.attr("alt"));
    }
    if (credit == null && fromLd != null) {
      credit = fromLd[2];
    }
    return new ArticleImage(url, blankToNull(caption), blankToNull(credit), intAttr(m.get("og:image:width")), intAttr(m.get("og:image:height")));
  }

  private static String good(String url) {
    if (url == null || url.isBlank() || BAD_IMAGE.matcher(url).find()) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".svg") || lower.endsWith(".ico") || lower.startsWith("data:")) {
      return null;
    }
    return url.strip();
  }

  private static String absoluteUrl(Document doc, String url) {
    try {
      java.net.URI base = java.net.URI.create(doc.location().isBlank() ? "http://localhost/" : doc.location());
      java.net.URI u = base.resolve(url.replace(" ", "%20"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String absolute(Element e, String attr) {
    return e == null ? null : blankToNull(e.absUrl(attr));
  }

  private static Integer intAttr(String v) {
    try {
      return v == null ? null : Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String language(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String code = raw.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static Instant firstInstant(String... candidates) {
    for (String c : candidates) {
      Instant t = DateParser.parse(c);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
