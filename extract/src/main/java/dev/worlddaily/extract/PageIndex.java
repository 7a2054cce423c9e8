package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * The elements the metadata readers look at, found in one pass over the page instead of one
 * selector query per reader: headlines, times, scripts, images, date- and byline-named elements,
 * paywall markers.
 */
final class PageIndex {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  /** Class-name fragments of paywall boxes. */
  private static final String[] PAYWALL_NAMES = {"paywall", "regwall", "piano-offer", "subscriber-only", "premium-content"};
  /** URL paths of author pages. */
  static final List<String> AUTHOR_PATHS = List.of("/author/", "/authors/", "/writer/", "/writers/", "/contributor/",
      "/contributors/", "/journalist/", "/journalists/", "/people/", "/staff/", "/autor/", "/auteur/");
  private static final int MAX_BYLINE_CANDIDATES = 400;

  final Document doc;
  final Elements all;
  final List<Element> h1s = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> scripts = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> metas = new ArrayList<>();
  final List<Element> images = new ArrayList<>();
  /** {@code <time>} elements and elements whose class or itemprop names a date, in document order. */
  final List<Element> dateNamed = new ArrayList<>();
  /** Author microdata, author-page links and byline-named elements, in document order. */
  final List<Element> bylines = new ArrayList<>();
  final Map<Element, Integer> position = new IdentityHashMap<>();
  final Element headline;
  final Element articleOrMain;
  /** The first {@code link[rel=canonical]} and the first {@code <html>}, or null. */
  final Element canonical;
  final Element html;
  final boolean paywallMarker;

  PageIndex(Document doc) {
    this.doc = doc;
    this.all = allElements(doc);
    Element inArticle = null;
    Element canonicalLink = null;
    Element htmlElement = null;
    Element scope = null;
    boolean paywall = false;
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      String tag = e.normalName();
      String cls = e.className();
      if (tag.equals("link") && canonicalLink == null && CANONICAL.matches(doc, e)) {
        canonicalLink = e;
      } else if (tag.equals("html") && htmlElement == null) {
        htmlElement = e;
      }
      switch (tag) {
        case "h1" -> {
          h1s.add(e);
          if (inArticle == null && e.closest(ARTICLE_OR_MAIN) != null) {
            inArticle = e;
          }
        }
        case "time" -> {
          times.add(e);
          dateNamed.add(e);
        }
        case "script" -> {
          if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
            jsonLd.add(e);
          }
          if (!e.hasAttr("src")) {
            scripts.add(e);
          }
        }
        case "meta" -> metas.add(e);
        case "img" -> images.add(e);
        case "article", "main" -> scope = scope == null ? e : scope;
        default -> {
          if (!cls.isEmpty() && namesDate(cls) || e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("date")) {
            dateNamed.add(e);
          }
        }
      }
      if (!paywall && (!cls.isEmpty() || e.hasAttr("data-paywall"))) {
        paywall = paywallNamed(e, cls);
      }
      if (bylines.size() < MAX_BYLINE_CANDIDATES && isBylineCandidate(e, tag, cls)) {
        bylines.add(e);
        position.put(e, i);
      }
    }
    this.headline = inArticle != null ? inArticle : h1s.isEmpty() ? null : h1s.get(0);
    if (headline != null) {
      position.put(headline, all.indexOf(headline));
    }
    this.articleOrMain = scope;
    this.canonical = canonicalLink;
    this.html = htmlElement;
    this.paywallMarker = paywall;
  }

  /** As {@link Element#getAllElements()}, the document first, by a plain walk instead of jsoup's selector stream. */
  private static Elements allElements(Document doc) {
    Elements out = new Elements();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        out.add(e);
      }
    }, doc);
    return out;
  }

  private static boolean namesDate(String cls) {
    return cls.contains("date") || cls.contains("Date") || cls.contains("publish") || cls.contains("updated") || cls.contains("posted");
  }

  private static boolean paywallNamed(Element e, String cls) {
    if (e.hasAttr("data-paywall") || e.id().contains("paywall")) {
      return true;
    }
    String tier = e.attr("data-content-tier");
    if (tier.equalsIgnoreCase("locked") || tier.equalsIgnoreCase("metered")) {
      return true;
    }
    for (String n : PAYWALL_NAMES) {
      if (cls.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBylineCandidate(Element e, String tag, String cls) {
    if (tag.equals("a")) {
      if (e.attr("rel").equalsIgnoreCase("author")) {
        return true;
      }
      String href = e.attr("href");
      if (href.length() > 8 && href.indexOf('/') >= 0) {
        String h = href.toLowerCase(Locale.ROOT);
        for (String path : AUTHOR_PATHS) {
          if (h.contains(path)) {
            return true;
          }
        }
      }
    }
    if (tag.equals("address") || e.attr("itemprop").equalsIgnoreCase("author")) {
      return true;
    }
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return false;
    }
    return AuthorReader.mayNameByline(cls, id) && AuthorReader.named(e, AuthorReader.BYLINE_WORDS)
        && !AuthorReader.named(e, AuthorReader.NOT_NAME_WORDS);
  }

  /** Per selector, whether each element asked about matches it: the readers ask about the same wrappers many times. */
  private final Map<Evaluator, Map<Element, Boolean>> matches = new IdentityHashMap<>();

  /**
   * As {@link Ancestors#within}, remembering each element's match: the date and byline readers
   * climb through the same wrappers from every candidate. Valid while the page is not changed,
   * which the metadata readers never do.
   */
  boolean within(Element e, Evaluator evaluator) {
    Map<Element, Boolean> memo = matches.computeIfAbsent(evaluator, k -> new IdentityHashMap<>());
    Element root = null;
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        return false;
      }
      Boolean match = memo.get(a);
      if (match == null) {
        if (root == null) {
          root = e.root();
        }
        match = evaluator.matches(root, a);
        memo.put(a, match);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** The element {@code n} places before {@code e} in document order, or {@code e} when it is not indexed. */
  Element before(Element e, int n) {
    int at = all.indexOf(e);
    return at < 0 ? e : all.get(Math.max(0, at - n));
  }
}
