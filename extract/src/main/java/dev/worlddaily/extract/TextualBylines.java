package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Bylines found in the page's text rather than its markup: the line under the headline ("Ann Lee |
 * Senior Writer | July 2, 2025"), a "By Name" element, a "Written by" label and the name after it.
 * Credits that name no person are noted on the way, for {@link AuthorReader} to use when no
 * person is named anywhere.
 */
final class TextualBylines {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator NOT_TEXT_BYLINE_PLACES = QueryParser.parse("[class*=comment], #comments, footer, nav");
  private static final Pattern BYLINE_TEXT = Pattern.compile("^(?:By|BY|by|Written by|Words by|Posted by|Recipe by|Author:?|Von|Par|Por)\\s+[\\p{Lu}\\p{N}].{1,80}$");
  private static final Pattern BYLINE_LABEL = Pattern.compile(
      "(?i)^(?:by|written by|author|authors|author\\(s\\)|contributors?|posted by|words by|article by|story by|recipe by)\\s*:?$");
  private static final Pattern LINE_PARTS = Pattern.compile("\\s*[|·•]\\s*");
  private static final int MAX_TEXT_NODES = 5_000;

  private TextualBylines() {}

  /**
   * "By Name" in a short element, or a "Written by" label followed by the name. Walks text nodes
   * only, so the cost is one pass over the page.
   */
  static List<String> find(PageIndex index, String siteName, AuthorReader.Found found) {
    List<String> underHeadline = lineUnderHeadline(index, siteName, found);
    if (!underHeadline.isEmpty()) {
      return underHeadline;
    }
    Element body = index.doc.body();
    Element article = index.articleOrMain;
    // The article first, then the rest of the page (without walking the article again).
    List<String> names = article == null ? List.of() : labelledByline(index, article, null, siteName, found);
    return names.isEmpty() && body != null && body != article ? labelledByline(index, body, article, siteName, found) : names;
  }

  /**
   * The line right under the headline when it reads as a byline: names then a role or a date,
   * parted by bars or dots ("Ann Lee | Senior Writer | July 2, 2025").
   */
  private static List<String> lineUnderHeadline(PageIndex index, String siteName, AuthorReader.Found found) {
    Element h1 = index.headline;
    Element next = h1 == null ? null : h1.nextElementSibling();
    for (int i = 0; next != null && i < 3; i++, next = next.nextElementSibling()) {
      String text = next.text().strip();
      if (text.isEmpty() || text.length() > 120) {
        continue;
      }
      if (text.contains("|") || text.contains("·") || text.contains("•") || DateParser.findInText(text) != null) {
        List<String> names = Bylines.names(text, siteName);
        if (!names.isEmpty()) {
          return names;
        }
        for (String part : LINE_PARTS.split(text)) {
          if (found.credit == null && AuthorReader.BYLINE_START.matcher(part).lookingAt()) {
            found.credit = BylineCredits.credit(part);
          }
        }
      }
    }
    return List.of();
  }

  /** "By Name" in a short element, or a "Written by" label and the name a few elements on. */
  private static List<String> labelledByline(PageIndex index, Element scope, Element skip, String siteName, AuthorReader.Found found) {
    for (TextNode t : textNodes(scope, skip)) {
      if (!mayStartByline(t.getWholeText())) {
        continue;
      }
      String own = t.text().strip();
      if (own.isEmpty() || !AuthorReader.BYLINE_START.matcher(own).lookingAt() || !(t.parentNode() instanceof Element e)) {
        continue;
      }
      if (index.within(e, NOT_TEXT_BYLINE_PLACES)) {
        continue;
      }
      String text = e.text().strip();
      if (text.length() <= 100 && BYLINE_TEXT.matcher(text).matches()) {
        List<String> names = Bylines.names(text, siteName);
        if (!names.isEmpty()) {
          return names;
        }
        if (found.credit == null) {
          found.credit = BylineCredits.credit(text);
        }
      }
      if (BYLINE_LABEL.matcher(own).matches()) {
        // "<strong>Contributors:</strong> Ann Lee": the name is the rest of the label's parent.
        Element parent = e.parent();
        if (parent != null && TextLengths.atMost(parent, 100) && parent.text().startsWith(text) && parent.text().length() > text.length()) {
          List<String> names = Bylines.names(parent.text().substring(text.length()), siteName);
          if (!names.isEmpty()) {
            return names;
          }
        }
        // "Written by:" and the name a few elements on (an avatar picture may sit between).
        Element next = e.nextElementSibling();
        for (int i = 0; next != null && i < 3; i++, next = next.nextElementSibling()) {
          if (next.text().isBlank()) {
            continue;
          }
          List<String> names = TextLengths.under(next, 80) ? Bylines.names(next.text(), siteName) : List.<String>of();
          if (!names.isEmpty()) {
            return names;
          }
          break;
        }
      }
    }
    return List.of();
  }


  /** A cheap look at a text's first letter before {@link AuthorReader#BYLINE_START}: b, w, a, p, s, v, c or r. */
  private static boolean mayStartByline(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        char l = Character.toLowerCase(c);
        return l == 'b' || l == 'w' || l == 'a' || l == 'p' || l == 's' || l == 'v' || l == 'c' || l == 'r';
      }
    }
    return false;
  }

  /** The first text nodes under an element, in document order, outside {@code skip} (may be null). */
  private static List<TextNode> textNodes(Element root, Element skip) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == skip) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t) {
          out.add(t);
        }
        return out.size() >= MAX_TEXT_NODES ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, root);
    return out;
  }
}
