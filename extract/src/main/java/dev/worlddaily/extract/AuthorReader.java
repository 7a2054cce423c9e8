package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.TextNode;

/**
 * Reads a page's authors, in order of trust: JSON-LD, meta tags, then the visible byline
 * (author links, elements named "byline" or "author", a "By ..." line). A visible byline naming
 * more people than the metadata, the metadata's among them, wins: metadata often lists only the
 * first author. With no person named anywhere, the byline's credit (an outlet, a company, a
 * handle; {@link BylineCredits}) or the outlet declared as the author stands in.
 */
final class AuthorReader {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator TEASER_PARTS = QueryParser.parse("h1, h2, h3, h4, h5, h6, img[alt]");
  private static final Evaluator LINKS = QueryParser.parse("a");
  private static final Evaluator NOT_BYLINE_PLACES = QueryParser.parse("[class*=comment], #comments, nav, [class*=related], figure, blockquote");
  private static final Evaluator ASIDE = QueryParser.parse("aside");
  private static final Evaluator FOOTER = QueryParser.parse("footer");
  private static final Evaluator ARTICLE = QueryParser.parse("article");
  private static final String AUTHOR_LINK_QUERY = "a[rel=author], a[href*=/author/], a[href*=/authors/], a[href*=/writer/],"
      + " a[href*=/contributor/], a[href*=/people/], a[href*=/staff/]";
  private static final Evaluator AUTHOR_LINKS = QueryParser.parse(AUTHOR_LINK_QUERY);
  /** How many elements further away a byline-named element may be than an author link and still go first. */
  private static final int NAMED_PENALTY = 150;
  /** Class or id words (split like boilerplate names) of a byline container. */
  static final Set<String> BYLINE_WORDS = Set.of("author", "authors", "byline", "bylines", "writer", "writers",
      "contributor", "contributors", "creator", "attribution", "postedby", "posted", "autor", "auteur");
  /** Parts of an author box that are not the name. */
  static final Set<String> NOT_NAME_WORDS = Set.of("bio", "biography", "description", "desc", "role", "job", "position",
      "avatar", "image", "img", "photo", "picture", "social", "follow", "title", "about", "more", "link", "links",
      "tooltip", "authorization", "modal", "topic", "topics", "category", "tags");
  static final Pattern BYLINE_START = Pattern.compile("(?i)(?:by|written by|words by|author|authors|contributor|contributors|posted by|article by|story by|recipe by|von|par|por)\\b");
  private static final int MAX_CANDIDATES = 40;
  private static final int MAX_BYLINE_CHARS = 200;
  private static final int MAX_BOX_CHARS = 1_500;
  private static final int MAX_PIECES = 8;
  private static final int MAX_META_BOX_CHARS = 400;
  private static final int MAX_CREDIT_CHARS = 80;
  private static final int MAX_HANDLE_CHARS = 40;
  private static final Pattern WRITTEN_BY = Pattern.compile("(?i)(?:written by|author|authors|by)");

  private AuthorReader() {}

  static List<String> read(PageIndex index, PageMetas m, JsonNode ld, String siteName, String host) {
    Set<String> declared = new LinkedHashSet<>();
    Set<String> handles = new LinkedHashSet<>();
    List<String> declaredCredits = new ArrayList<>();
    for (String n : JsonLd.names(ld, "author")) {
      declared.addAll(Bylines.declaredNames(n));
      handles.addAll(Bylines.declaredHandles(n));
      declaredCredits.add(n);
    }
    declaredCredits.addAll(JsonLd.organisations(ld, "author"));
    if (declared.isEmpty()) {
      for (String key : new String[] {"author", "article:author", "citation_author", "citation_authors", "dc.creator", "parsely-author", "sailthru.author",
          "byl"}) {
        for (String v : m.all(key)) {
          if (!v.startsWith("http") && !v.contains("/")) {
            declared.addAll(Bylines.declaredNames(v));
            handles.addAll(Bylines.declaredHandles(v));
            declaredCredits.add(v);
          }
        }
        if (!declared.isEmpty()) {
          break;
        }
      }
    }
    // The outlet declared as the author ("One Harbour Press" on oneharbourpress.example) is a house byline, not a person:
    // a person the page shows goes first.
    Found visible = visible(index, siteName, host);
    if (!visible.names.isEmpty() && !declared.isEmpty() && declared.stream().allMatch(d -> Titles.isSite(d, siteName, host, false))) {
      return visible.names;
    }
    if (declared.isEmpty()) {
      // A handle or a bare given name only when the page shows no byline of full names, or shows the handle as a byline itself.
      if (!visible.names.isEmpty() && !shownAsByline(handles, index)) {
        return visible.names;
      }
      List<String> previewed = previewAuthor(m);
      if (!previewed.isEmpty()) {
        return previewed;
      }
      return !handles.isEmpty() ? new ArrayList<>(handles) : credit(visible, declaredCredits, siteName, host);
    }
    if (visible.names.size() > declared.size() && visible.names.containsAll(declared)) {
      return visible.names;
    }
    return new ArrayList<>(declared);
  }

  /**
   * With no person named: the outlet, company or handle the visible byline credits, else the
   * outlet itself when its metadata declares it the author (a house byline).
   */
  private static List<String> credit(Found visible, List<String> declared, String siteName, String host) {
    if (visible.credit != null) {
      return List.of(visible.credit);
    }
    for (String d : declared) {
      String c = BylineCredits.credit(d);
      if (c != null && c.contains(" ") && Titles.isSite(c, siteName, host, false)) {
        return List.of(c);
      }
    }
    return List.of();
  }

  /**
   * The author a link preview names (twitter:label1 "Written by", twitter:data1 the name): set
   * by SEO plugins, sometimes for the account that posted rather than the writer, so it comes
   * after the visible byline.
   */
  private static List<String> previewAuthor(PageMetas m) {
    for (int i = 1; i <= 2; i++) {
      String label = m.get("twitter:label" + i);
      String data = m.get("twitter:data" + i);
      if (label != null && data != null && WRITTEN_BY.matcher(label.strip()).matches()) {
        return Bylines.declaredNames(data);
      }
    }
    return List.of();
  }

  /** True when a byline element of the page reads exactly one of the declared handles ("Kristin" in the post's author line). */
  private static boolean shownAsByline(Set<String> handles, PageIndex index) {
    if (handles.isEmpty()) {
      return false;
    }
    for (Element e : index.bylines) {
      String text = e.text().strip();
      if (text.length() <= MAX_HANDLE_CHARS && usable(e, index) && handles.stream().anyMatch(h -> h.equalsIgnoreCase(text))) {
        return true;
      }
    }
    return false;
  }

  /** What the visible byline gave: person names, and the first credit that names no person. */
  static final class Found {
    List<String> names = List.of();
    String credit;
  }

  /**
   * The names in the page's visible byline. Candidates (author microdata, author links, elements
   * named "byline" or "author") are tried nearest the headline first, after it before before it:
   * the same markup also marks the authors of teasers for other articles further down.
   */
  private static Found visible(PageIndex index, String siteName, String host) {
    Found found = new Found();
    List<Element> candidates = new ArrayList<>(index.bylines);
    int anchor = index.headline == null ? 0 : index.position.get(index.headline);
    // Author microdata and author-page links are surer than names: they go first, unless far away.
    candidates.sort(java.util.Comparator.comparingInt(e -> distance(index.position.get(e), anchor) + (strong(e) ? 0 : NAMED_PENALTY)));
    int tried = 0;
    for (Element e : candidates) {
      if (!usable(e, index)) {
        continue;
      }
      if (tried++ >= MAX_CANDIDATES) {
        break;
      }
      Element scope = e.normalName().equals("a") ? bylineAround(e) : e;
      List<String> names = unglued(namesIn(scope, siteName), scope, siteName);
      if (!names.isEmpty()) {
        found.names = names;
        return found;
      }
      if (found.credit == null && TextLengths.atMost(e, MAX_CREDIT_CHARS)) {
        String c = BylineCredits.credit(e.text());
        // One word from a mere byline-named box may be a label ("Spotlight"); from an author link, after "By" or naming the outlet it is a credit.
        boolean sure = strong(e) || c != null && (c.contains(" ") || BYLINE_START.matcher(e.text().strip()).lookingAt()
            || Titles.isSite(c, siteName, host, false));
        found.credit = sure ? c : null;
      }
    }
    found.names = TextualBylines.find(index, siteName, found);
    return found;
  }

  /**
   * Names read from one element whose author links sit side by side without a separator
   * ("Ann LeeBo Ek" or "Ann Lee Bo Ek" from two list items) are the links' names.
   */
  private static List<String> unglued(List<String> names, Element scope, String siteName) {
    List<String> out = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (Element a : Subtrees.select(scope, AUTHOR_LINKS)) {
      links.add(a.text().strip());
    }
    if (links.size() < 2) {
      return names;
    }
    for (String n : names) {
      List<String> parts = new ArrayList<>();
      for (String l : links) {
        if (!l.isEmpty() && n.contains(l) && !n.equals(l)) {
          parts.addAll(Bylines.names(l, siteName));
        }
      }
      boolean glued = parts.size() >= 2 && String.join("", parts).replace(" ", "").equals(n.replace(" ", ""));
      out.addAll(glued ? parts : List.of(n));
    }
    return out.stream().distinct().toList();
  }

  /** Elements after the headline count their distance; those before it count double. */
  private static int distance(int at, int anchor) {
    return at >= anchor ? at - anchor : 2 * (anchor - at);
  }

  private static boolean strong(Element e) {
    return e.normalName().equals("a") || e.attr("itemprop").equalsIgnoreCase("author");
  }

  /** A cheap look at class and id before splitting them into words: most elements name no byline. */
  static boolean mayNameByline(String cls, String id) {
    return mayNameByline(cls) || !id.isEmpty() && mayNameByline(id);
  }

  private static boolean mayNameByline(String s) {
    return s.contains("uthor") || s.contains("yline") || s.contains("riter") || s.contains("ontribut") || s.contains("reator")
        || s.contains("ttribution") || s.contains("osted") || s.contains("utor") || s.contains("uteur") || s.contains("AUTHOR")
        || s.contains("BYLINE");
  }

  /**
   * An author link's byline: the small element around it, which may name co-authors too, but
   * not a teaser's headline.
   */
  private static Element bylineAround(Element link) {
    Element around = link;
    for (Element p = link.parent(); p != null && TextLengths.atMost(p, 150) && !p.normalName().equals("body"); p = p.parent()) {
      if (Subtrees.selectFirst(p, TEASER_PARTS) != null && Subtrees.select(p, LINKS).size() > Subtrees.select(p, AUTHOR_LINKS).size()) {
        break;
      }
      around = p;
    }
    return around;
  }

  /**
   * Not in comments, navigation, sidebars, related teasers or embedded cards (a figure or quote
   * naming another piece's author); an article's own footer, or a small aside, may hold its byline.
   */
  private static boolean usable(Element e, PageIndex index) {
    Element headline = index.headline;
    if (index.within(e, NOT_BYLINE_PLACES)) {
      return false;
    }
    // A small aside may be the article's meta box; a large one is a sidebar, unless it holds the headline (a page laid out in one).
    Element aside = e.closest(ASIDE);
    if (aside != null && !TextLengths.atMost(aside, MAX_META_BOX_CHARS) && (headline == null || headline.closest(ASIDE) != aside)) {
      return false;
    }
    Element footer = e.closest(FOOTER);
    return footer == null || footer.closest(ARTICLE) != null;
  }

  /**
   * The names in a byline element: its whole text when short, else its separate text pieces (an
   * author box holds the name in one child and a long bio in another).
   */
  private static List<String> namesIn(Element e, String siteName) {
    if (TextLengths.keptOver(e, MAX_BOX_CHARS)) {
      return List.of();
    }
    String text = e.text();
    if (text.length() > MAX_BOX_CHARS) {
      return List.of();
    }
    List<String> names = text.length() <= MAX_BYLINE_CHARS ? Bylines.names(text, siteName) : List.of();
    if (!names.isEmpty()) {
      return names;
    }
    for (TextNode t : e.textNodes()) {
      names = Bylines.names(t.text(), siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    int pieces = 0;
    for (Element child : e.getAllElements()) {
      if (child == e || child.childrenSize() > 0 || child.text().isBlank() || named(child, NOT_NAME_WORDS)) {
        continue;
      }
      if (pieces++ >= MAX_PIECES) {
        break;
      }
      if (child.text().length() < 80) {
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
}
