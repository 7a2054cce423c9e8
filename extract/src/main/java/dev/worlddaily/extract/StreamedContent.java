package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;

/**
 * Puts streamed server-rendered content back in place. React's streaming renderer (Next.js and
 * others) sends the page with placeholders ({@code <template id="B:3">} followed by a "Loading..."
 * fallback) and the real parts later, at the end of the body, in {@code <div hidden id="S:3">};
 * a script swaps them in the browser. Without the swap the article is a row of "Loading"
 * placeholders and its text sits in hidden divs after the footer.
 */
final class StreamedContent {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator CONTENT = QueryParser.parse("p, img, h1, h2, h3");
  /** A fallback longer than this is not a loading placeholder, and stays. */
  private static final int MAX_FALLBACK_CHARS = 80;

  private StreamedContent() {}

  static void reassemble(Element body) {
    List<Element> segments = new ArrayList<>();
    for (Element e : body.getElementsByAttributeValueStarting("id", "S:")) {
      if (e.hasAttr("hidden") && e.normalName().equals("div")) {
        segments.add(e);
      }
    }
    for (Element segment : segments) {
      if (segment.parent() == null) {
        continue;
      }
      Element placeholder = body.getElementById("B:" + segment.id().substring(2));
      if (placeholder == null || !placeholder.normalName().equals("template") || placeholder.parent() == null
          || isWithin(placeholder, segment) || isWithin(segment, placeholder)) {
        // Broken markup (the placeholder inside its own part) would make the swap a cycle.
        continue;
      }
      removeFallback(placeholder);
      List<Node> parts = new ArrayList<>(segment.childNodes());
      for (Node part : parts) {
        part.remove();
      }
      Element parent = placeholder.parent();
      int at = placeholder.siblingIndex();
      placeholder.remove();
      parent.insertChildren(at, parts);
      segment.remove();
    }
  }

  private static boolean isWithin(Element e, Element ancestor) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fallback shown until the part arrives: the nodes up to React's closing {@code <!--/$-->}
   * comment when there is one, else a short empty or "Loading..." element right after the placeholder.
   */
  private static void removeFallback(Element placeholder) {
    List<Node> until = new ArrayList<>();
    Node n = placeholder.nextSibling();
    for (int i = 0; n != null && i < 8; i++, n = n.nextSibling()) {
      if (n instanceof Comment c && c.getData().strip().equals("/$")) {
        until.forEach(Node::remove);
        c.remove();
        return;
      }
      until.add(n);
    }
    Element next = placeholder.nextElementSibling();
    if (next != null && TextLengths.atMost(next, MAX_FALLBACK_CHARS) && Subtrees.selectFirst(next, CONTENT) == null
        && (next.text().isBlank() || next.text().toLowerCase(java.util.Locale.ROOT).contains("loading"))) {
      next.remove();
    }
  }
}
