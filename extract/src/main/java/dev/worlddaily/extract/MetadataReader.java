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
          + " .article-author, .author, [class*=byline], [data-testid*=byline], address";

  private MetadataReader() {}

  static PageMetadata read(Document doc, String url) {
    JsonNode ld = JsonLd.article(doc);
    String siteName = first(meta(doc, "og:site_name"), ld == null ? null : JsonLd.text(ld, "publisher"), meta(doc, "application-name"));
    String rawTitle = first(meta(doc, "og:title"), JsonLd.text(ld, "headline"), meta(doc, "twitter:title"), h1(doc), doc.title());
    String title = Titles.clean(reconcileTitle(rawTitle, h1(doc)), siteName);
    List<String> authors = authors(doc, ld, siteName);
    Instant published = firstInstant(JsonLd.text(ld, "datePublished"), meta(doc, "article:published_time"),
        meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publish-date"), meta(doc, "date"),
        meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"),
        timeAttr(doc, true));
    if (published == null) {
      published = DateParser.noon(DateParser.fromUrl(url));
    }
    Instant modified = firstInstant(JsonLd.text(ld, "dateModified"), meta(doc, "article:modified_time"),
        meta(doc, "og:updated_time"), meta(doc, "dateModified"), meta(doc, "last-modified"), timeAttr(doc, false));
    String canonical = first(absolute(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"), meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "language"));
    String section = first(meta(doc, "article:section"), JsonLd.text(ld, "articleSection"), meta(doc, "section"));
    List<String> keywords = keywords(doc, ld);
    boolean paywalled = paywalled(doc, ld);
    return new PageMetadata(title, authors, published, modified, image(doc, ld), siteName, canonical,
        language(lang), section, keywords, paywalled);
  }

  /** og:title is sometimes a shortened social headline: prefer the h1 when it extends it. */
  private static String reconcileTitle(String meta, String h1) {
    if (meta == null) {
      return h1;
    }
    if (h1 != null && h1.length() > meta.length() && h1.length() < 300
        && h1.toLowerCase(Locale.ROOT).startsWith(meta.toLowerCase(Locale.ROOT).replaceAll("\\s*[|–—-].*$", ""))) {
      return h1;
    }
    return meta;
  }

  private static String h1(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    return h1 == null ? null : h1.text();
  }

  static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "], meta[http-equiv=" + name + "]")) {
      String v = m.attr("content").strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
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

  private static List<String> authors(Document doc, JsonNode ld, String siteName) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : JsonLd.names(ld, "author")) {
      out.addAll(Bylines.names(n, siteName));
    }
    if (out.isEmpty()) {
      String metaAuthor = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"), meta(doc, "parsely-author"), meta(doc, "sailthru.author"));
      if (metaAuthor != null && !metaAuthor.startsWith("http")) {
        out.addAll(Bylines.names(metaAuthor, siteName));
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
    return new ArrayList<>(out);
  }

  private static List<String> keywords(Document doc, JsonNode ld) {
    Set<String> out = new LinkedHashSet<>();
    String raw = first(meta(doc, "news_keywords"), meta(doc, "keywords"), JsonLd.text(ld, "keywords"));
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

  private static boolean paywalled(Document doc, JsonNode ld) {
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
    String access = meta(doc, "article:content_tier");
    if (access != null && !access.equalsIgnoreCase("free")) {
      return true;
    }
    return doc.selectFirst(".paywall, #paywall, [class*=paywall], [data-paywall], .subscriber-only, .premium-content") != null;
  }

  private static ArticleImage image(Document doc, JsonNode ld) {
    String[] fromLd = JsonLd.image(ld);
    String og = first(meta(doc, "og:image"), meta(doc, "og:image:url"), meta(doc, "twitter:image"));
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
      caption = first(fromLd == null ? null : fromLd[1], meta(doc, "og:image:alt"), figure == null ? null : figure.attr("alt"));
    }
    if (credit == null && fromLd != null) {
      credit = fromLd[2];
    }
    return new ArticleImage(url, blankToNull(caption), blankToNull(credit), intAttr(meta(doc, "og:image:width")), intAttr(meta(doc, "og:image:height")));
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
