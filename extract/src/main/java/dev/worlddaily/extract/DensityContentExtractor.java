package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article body by text density: boilerplate containers are removed by their names and
 * roles, paragraphs vote for their parent and grandparent (more text and commas, fewer links,
 * more votes), and the best container plus its article-like siblings is read out as blocks.
 */
final class DensityContentExtractor {
  // Tags looked for by plain walks (Subtrees), which cost less than jsoup's selector streams;
  // selectors parsed once: parsing a query costs more than running it on one element.
  private static final Set<String> IMAGES = Set.of("img", "picture");
  private static final Set<String> PARAGRAPHS = Set.of("p");
  private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
  /** The elements that vote for their container ({@code p, pre, td, blockquote, div, li}). */
  private static final Set<String> VOTER_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "li");
  private static final Evaluator LINKS = QueryParser.parse("a");
  /** Elements that never hold article text. */
  private static final Set<String> NEVER_TEXT = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
      "textarea", "picture", "video", "audio", "object", "embed");
  /**
   * Page furniture, removed unless it holds most of the page's text, not as links: broken markup
   * (an unclosed {@code <aside>} banner at the top) can put the whole article inside one.
   */
  private static final Set<String> LAYOUT_TAGS = Set.of("nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "label");
  private static final double MAX_LAYOUT_SHARE = 0.5;
  private static final Set<String> BAD_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
      "search", "toolbar", "alert");
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private final ExtractConfig config;

  DensityContentExtractor(ExtractConfig config) {
    this.config = config;
  }

  /** The body blocks of a page; the document is modified (boilerplate removed). */
  List<Block> extract(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    TextStats before = TextStats.of(body);
    if (before.maxDepth() >= config.maxDepth()) {
      flattenDeep(body);
      before = TextStats.of(body);
    }
    hardClean(body, before);
    TextStats stats = before;
    Boilerplate boiler = new Boilerplate(stats, stats.text(body));
    Element root = chooseRoot(body, stats, boiler);
    List<Block> blocks = new ArrayList<>();
    for (Element container : withSiblings(root, stats)) {
      softClean(container, boiler);
      BlockReader.collect(container, blocks);
    }
    return BlockFilter.filter(blocks, title);
  }

  /** Unwraps elements nested beyond the depth limit, so that later walks stay cheap. */
  private void flattenDeep(Element body) {
    List<Element> tooDeep = new ArrayList<>();
    collectTooDeep(body, 0, tooDeep);
    for (Element e : tooDeep) {
      if (e.parent() != null) {
        String text = e.text();
        e.empty();
        e.appendText(text);
      }
    }
  }

  /** Elements at the depth limit that still have children; iterative, so deep trees cannot overflow the stack. */
  private void collectTooDeep(Element root, int rootDepth, List<Element> out) {
    java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
    stack.push(root);
    depths.push(rootDepth);
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      int d = depths.pop();
      if (d >= config.maxDepth() && e.childrenSize() > 0) {
        out.add(e);
        continue;
      }
      for (Element c : e.children()) {
        stack.push(c);
        depths.push(d + 1);
      }
    }
  }

  /**
   * Removes what is never article text: scripts, navigation and the like, and hidden parts,
   * unless a hidden part holds most of the page (server-rendered pages stream their content into
   * a hidden container that a script reveals).
   */
  private static void hardClean(Element body, TextStats before) {
    int page = Math.max(1, before.text(body));
    for (Element e : Subtrees.outermost(body, e -> doomed(e, before, page))) {
      if (e.parent() != null) {
        // Keep the statistics right for the ancestors instead of recounting the page.
        before.remove(e);
        e.remove();
      }
    }
  }

  /** The cheap tests first, and each only when the answer still depends on it: this runs for every element. */
  private static boolean doomed(Element e, TextStats before, int page) {
    String tag = e.normalName();
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    boolean attributes = e.attributesSize() > 0;
    boolean layout = LAYOUT_TAGS.contains(tag) || attributes && BAD_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    if (layout && !(before.text(e) >= MAX_LAYOUT_SHARE * page && before.linkDensity(e) < 0.3)) {
      return true;
    }
    return attributes && (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || hiddenStyle(e)) && before.text(e) < 0.3 * page;
  }

  /**
   * Removes, inside the chosen article container, the parts pages name as boilerplate (comments,
   * share bars, related links, bylines...), image blocks with their captions, and small forms.
   */
  private static void softClean(Element root, Boilerplate boiler) {
    java.util.Set<Element> holdsImage = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element img : Subtrees.all(root, IMAGES)) {
      for (Element a = img; a != null && a != root && holdsImage.add(a); a = a.parent()) {
        // mark every ancestor once
      }
    }
    for (Element e : Subtrees.outermost(root, e -> softDoomed(e, holdsImage, boiler))) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean softDoomed(Element e, Set<Element> holdsImage, Boilerplate boiler) {
    String tag = e.normalName();
    return boiler.is(e) && !containsArticleBody(e)
        || holdsImage.contains(e) && imageContainer(e, boiler.stats())
        || (tag.equals("form") && Subtrees.count(e, PARAGRAPHS, 3) < 3 || tag.equals("header") && Subtrees.count(e, PARAGRAPHS, 2) < 2)
            && !boiler.mostOfPage(e);
  }

  private static boolean hiddenStyle(Element e) {
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return BoilerplateVocabulary.hiddenClass(e.className());
  }

  /** A block holding an image and little more than a caption or credit. */
  private static boolean imageContainer(Element e, TextStats stats) {
    // Cheap tests first: most elements fail on size, and the subtree searches run only for small ones.
    if (stats.text(e) >= 250 || e.normalName().equals("article") || e.normalName().equals("main")) {
      return false;
    }
    return Subtrees.count(e, PARAGRAPHS, 2) <= 1;
  }

  private static boolean containsArticleBody(Element e) {
    return Subtrees.selectFirst(e, ARTICLE_BODY) != null;
  }

  private Element chooseRoot(Element body, TextStats stats, Boilerplate boiler) {
    // One walk finds the first articleBody marker and the voters, in document order.
    Element[] marked = new Element[1];
    List<Element> voters = new ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        if (marked[0] == null && ARTICLE_BODY.matches(body, e)) {
          marked[0] = e;
        }
        if (VOTER_TAGS.contains(e.normalName())) {
          voters.add(e);
        }
      }
    }, body);
    if (marked[0] != null && stats.text(marked[0]) > 200) {
      return marked[0];
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, Integer> mass = new IdentityHashMap<>();
    for (Element p : voters) {
      String name = p.normalName();
      boolean paragraph = name.equals("p") || name.equals("pre");
      int length = paragraph ? stats.text(p) : directLength(p);
      if (length < MIN_PARAGRAPH_CHARS || boiler.within(p, body)) {
        continue;
      }
      double score = 1 + (paragraph ? commas(p) : directCommas(p)) + Math.min(length / 100.0, 3);
      if (stats.linkDensity(p) < 0.5) {
        for (Element a = p.parent(); a != null; a = a.parent()) {
          mass.merge(a, length, Integer::sum);
        }
      }
      // A paragraph votes for the element holding it; a div or cell holding text directly (pages
      // formatted with <br>) is itself that element.
      Element parent = paragraph || !(name.equals("div") || name.equals("td")) ? p.parent() : p;
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - stats.linkDensity(e.getKey())) * tagWeight(e.getKey());
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    return best == null ? body : expand(best, body, mass, stats);
  }

  /**
   * Climbs from the best container while its parent holds clearly more article text: long
   * articles are often split into sections, and the best-scoring one is only a part.
   */
  private static Element expand(Element best, Element body, Map<Element, Integer> mass, TextStats stats) {
    Element chosen = best;
    int levels = 0;
    for (Element a = best.parent(); a != null && a != body && levels < 12; a = a.parent(), levels++) {
      int theirs = mass.getOrDefault(a, 0);
      // More article text, mostly article text, and few links: the whole article, not a section.
      if (theirs >= 1.25 * mass.getOrDefault(chosen, 0) && theirs >= 0.4 * stats.text(a) && stats.linkDensity(a) < 0.4) {
        chosen = a;
      }
    }
    return chosen;
  }


  private static double tagWeight(Element e) {
    return switch (e.normalName()) {
      case "article", "main" -> 1.3;
      case "div", "section" -> 1.0;
      case "td", "blockquote" -> 0.8;
      case "body" -> 0.6;
      default -> 0.9;
    };
  }

  /** The chosen container plus siblings that read like more of the same article. */
  private static List<Element> withSiblings(Element root, TextStats stats) {
    List<Element> out = new ArrayList<>();
    Element parent = root.parent();
    if (parent == null || root.normalName().equals("body")) {
      out.add(root);
      return out;
    }
    for (Element sibling : parent.children()) {
      if (sibling == root) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p") && stats.text(sibling) > 80 && stats.linkDensity(sibling) < 0.25) {
        out.add(sibling);
      } else if (!sibling.className().isEmpty() && sibling.className().equals(root.className())
          && stats.text(sibling) > 150 && stats.linkDensity(sibling) < 0.5) {
        out.add(sibling);
      }
    }
    return out;
  }

  /** Characters of the text an element holds directly, not in child elements. */
  private static int directLength(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        n += TextStats.visibleLength(t.getWholeText());
      }
    }
    return n;
  }

  private static int directCommas(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        n += commas(t.getWholeText());
      }
    }
    return n;
  }

  /** Commas in all the text under an element, counted without building the text. */
  private static int commas(Element e) {
    int[] n = new int[1];
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        n[0] += commas(t.getWholeText());
      }
    }, e);
    return n[0];
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : Subtrees.select(e, LINKS)) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) total);
  }
}
