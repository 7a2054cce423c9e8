package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a page's authors, in order of trust: JSON-LD, meta tags, then the visible byline
 * (author links, elements named "byline" or "author", a "By ..." line). A visible byline naming
 * more people than the metadata, the metadata's among them, wins: metadata often lists only the
 * first author.
 */
final class AuthorReader {
  private static final String LINKS = "a[rel=author], a[href*=/author/], a[href*=/authors/], a[href*=/writer/],"
      + " a[href*=/writers/], a[href*=/contributor/], a[href*=/contributors/], a[href*=/journalist/], a[href*=/people/], a[href*=/staff/]";
  /** Class or id words (split like boilerplate names) of a byline container. */
  private static final Set<String> BYLINE_WORDS = Set.of("author", "authors", "byline", "bylines", "writer", "writers",
      "contributor", "contributors", "creator", "attribution", "postedby", "posted", "autor", "auteur");
  /** Parts of an author box that are not the name. */
  private static final Set<String> NOT_NAME_WORDS = Set.of("bio", "biography", "description", "desc", "role", "job", "position",
      "avatar", "image", "img", "photo", "picture", "social", "follow", "date", "time", "title", "about", "more", "link", "links",
      "tooltip", "authorization");
  private static final Pattern BYLINE_START = Pattern.compile("(?i)(?:by|written by|words by|author|authors|posted by|von|par|por)\\b");
  private static final Pattern BYLINE_TEXT = Pattern.compile("^(?:By|BY|Written by|Words by|Posted by|Author:?|Von|Par|Por)\\s+\\p{Lu}.{1,80}$");
  private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:by|written by|author|authors|posted by|words by)\\s*:?$");
  private static final int MAX_TEXT_NODES = 5_000;
  private static final int MAX_CANDIDATES = 40;

  private AuthorReader() {}

  static List<String> read(Document doc, PageMetas m, JsonNode ld, String siteName) {
    Set<String> declared = new LinkedHashSet<>();
    for (String n : JsonLd.names(ld, "author")) {
      // A declared author is a person even when the site carries its name (personal sites).
      declared.addAll(Bylines.declaredNames(n));
    }
    if (declared.isEmpty()) {
      for (String key : new String[] {"author", "article:author", "dc.creator", "citation_author", "parsely-author", "sailthru.author", "byl"}) {
        for (String v : m.all(key)) {
          if (!v.startsWith("http") && !v.contains("/")) {
            declared.addAll(Bylines.declaredNames(v));
          }
        }
        if (!declared.isEmpty()) {
          break;
        }
      }
    }
    List<String> visible = visible(doc, siteName);
    if (declared.isEmpty()) {
      return visible;
    }
    if (visible.size() > declared.size() && visible.containsAll(declared)) {
      return visible;
    }
    return new ArrayList<>(declared);
  }

  /** The names in the page's visible byline. */
  private static List<String> visible(Document doc, String siteName) {
    int seen = 0;
    for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], " + LINKS)) {
      if (seen++ >= MAX_CANDIDATES) {
        break;
      }
      if (usable(e)) {
        List<String> names = namesIn(e.normalName().equals("a") ? bylineAround(e) : e, siteName);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    seen = 0;
    for (Element e : doc.select("[class], [id], address")) {
      if (!e.normalName().equals("address") && !named(e, BYLINE_WORDS) || named(e, NOT_NAME_WORDS) || !usable(e)) {
        continue;
      }
      if (seen++ >= MAX_CANDIDATES) {
        break;
      }
      List<String> names = namesIn(e, siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return textualByline(doc, siteName);
  }

  /** An author link's byline: the small element around it, which may name co-authors too. */
  private static Element bylineAround(Element link) {
    Element around = link;
    for (Element p = link.parent(); p != null && p.text().length() <= 150 && !p.normalName().equals("body"); p = p.parent()) {
      around = p;
    }
    return around;
  }

  private static boolean usable(Element e) {
    return e.text().length() <= 200 && e.closest("[class*=comment], #comments, footer, nav, aside, [class*=related]") == null;
  }

  /** The names in a byline element: its whole text, else its separate text pieces. */
  private static List<String> namesIn(Element e, String siteName) {
    String text = e.text();
    List<String> names = Bylines.names(text, siteName);
    if (!names.isEmpty()) {
      return names;
    }
    for (TextNode t : e.textNodes()) {
      names = Bylines.names(t.text(), siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    for (Element child : e.children()) {
      if (!named(child, NOT_NAME_WORDS) && child.text().length() < 80) {
        names = Bylines.names(child.text(), siteName);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /** True when one of the element's class or id words is in the set. */
  static boolean named(Element e, Set<String> words) {
    String s = e.className() + " " + e.id();
    if (s.isBlank()) {
      return false;
    }
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean separator = !Character.isLetterOrDigit(c);
      boolean caseChange = !separator && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
      if (separator || caseChange) {
        if (start >= 0 && words.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = caseChange ? i : -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return false;
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
    for (TextNode t : textNodes(scope)) {
      String own = t.text().strip();
      if (own.isEmpty() || !BYLINE_START.matcher(own).lookingAt() || !(t.parentNode() instanceof Element e)) {
        continue;
      }
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

  /** The first text nodes under an element, in document order. */
  private static List<TextNode> textNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.add(t);
        }
        return out.size() >= MAX_TEXT_NODES ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, root);
    return out;
  }
}
