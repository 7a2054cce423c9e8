package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads page metadata from, in order of trust: JSON-LD, Open Graph and article meta tags,
 * {@code <time>} elements and marked-up bylines, the URL, and the document title. Titles,
 * authors, dates and the lead image each have their own reader.
 */
final class MetadataReader {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final int MAX_SITE_NAME_CHARS = 60;
  private static final int MAX_SITE_NAME_WORDS = 6;

  private MetadataReader() {}

  static PageMetadata read(Document doc, String url) {
    PageIndex index = new PageIndex(doc);
    PageMetas m = new PageMetas(index.metas);
    JsonNode ld = JsonLd.article(index.jsonLd);
    String siteName = first(siteName(m.get("og:site_name")), siteName(JsonLd.text(ld, "publisher")), siteName(m.get("application-name")));
    String host = host(url);
    // Each field is read on its own: a page that trips one reader keeps its other fields and its body.
    String title = guarded(() -> TitleResolver.resolve(index.h1s,
        List.of(nonNull(m.get("og:title")), nonNull(JsonLd.text(ld, "headline")), nonNull(m.get("twitter:title")), doc.title()),
        siteName, host), null);
    List<String> authors = guarded(() -> AuthorReader.read(index, m, ld, siteName, host), List.of());
    if (authors.isEmpty()) {
      authors = guarded(() -> PersonalSite.owner(siteName, doc.title(), host), List.of());
    }
    DateReader.Dates dates = guarded(() -> DateReader.read(index, m, ld, url), new DateReader.Dates(null, null));
    String canonical = first(absolute(index.canonical, "href"), m.get("og:url"));
    Element html = index.html;
    String lang = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"), m.get("og:locale"),
        m.get("content-language"), m.get("language"), m.get("dc.language"), JsonLd.text(ld, "inLanguage"));
    String section = first(m.get("article:section"), JsonLd.text(ld, "articleSection"), m.get("section"), m.get("parsely-section"),
        m.get("sailthru.section"));
    return new PageMetadata(title, authors, dates.published(), dates.modified(), guarded(() -> ImageReader.read(index, m, ld), null), siteName, canonical,
        language(lang), section, keywords(m, ld), paywalled(index, m, ld));
  }

  private static List<String> keywords(PageMetas m, JsonNode ld) {
    Set<String> out = new LinkedHashSet<>();
    List<String> raw = new ArrayList<>();
    String metaKeywords = first(m.get("news_keywords"), m.get("keywords"));
    if (metaKeywords != null) {
      raw.add(metaKeywords);
    } else {
      raw.addAll(JsonLd.texts(ld, "keywords"));
    }
    for (String r : raw) {
      for (String k : r.split("[,;]")) {
        String t = k.strip();
        if (!t.isEmpty() && t.length() < 60) {
          out.add(t);
        }
      }
    }
    for (String tag : m.all("article:tag")) {
      out.add(tag.strip());
    }
    return new ArrayList<>(out);
  }

  /** Behind a paywall: JSON-LD says it is not free (the article or a part of it), or the page carries a paywall marker. */
  private static boolean paywalled(PageIndex index, PageMetas m, JsonNode ld) {
    if (ld != null) {
      if ("false".equalsIgnoreCase(JsonLd.text(ld, "isAccessibleForFree"))) {
        return true;
      }
      JsonNode part = ld.get("hasPart");
      if (part != null && part.toString().toLowerCase(Locale.ROOT).replace(" ", "").matches("(?s).*\"isaccessibleforfree\":\"?false.*")) {
        return true;
      }
    }
    String access = m.first("article:content_tier", "content_tier", "article:access");
    if (access != null && !access.equalsIgnoreCase("free") && !access.equalsIgnoreCase("open")) {
      return true;
    }
    return index.paywallMarker;
  }

  /** A site name, or null when the value is no name (some pages repeat their whole title there). */
  private static String siteName(String v) {
    return v == null || v.length() > MAX_SITE_NAME_CHARS || v.strip().split("\\s+").length > MAX_SITE_NAME_WORDS ? null : v;
  }

  private static <T> T guarded(java.util.function.Supplier<T> reader, T fallback) {
    try {
      return reader.get();
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private static String host(String url) {
    try {
      return URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String absolute(Element e, String attr) {
    return e == null ? null : blankToNull(e.absUrl(attr));
  }

  private static String language(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String code = raw.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
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
