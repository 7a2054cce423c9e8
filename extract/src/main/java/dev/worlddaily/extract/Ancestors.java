package dev.worlddaily.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Ancestor tests that stop below {@code <body>}: class-substring selectors such as
 * {@code [class*=comment]} match the body's own class list on many sites ("wp-custom-logo",
 * "woo-related-columns-4"), which would put every element "inside" a comment or a logo.
 */
final class Ancestors {
  private Ancestors() {}

  /**
   * The element or its nearest ancestor below the body that matches, or null. The evaluators
   * are plain selector lists (tags, ids, attribute tests) without state, so each ancestor is
   * matched directly against the tree's root, found once, instead of {@link Element#is}
   * climbing to the root again for every ancestor.
   */
  static Element closest(Element e, Evaluator evaluator) {
    Element root = null;
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        return null;
      }
      if (root == null) {
        root = e.root();
      }
      if (evaluator.matches(root, a)) {
        return a;
      }
    }
    return null;
  }

  static boolean within(Element e, Evaluator evaluator) {
    return closest(e, evaluator) != null;
  }
}
