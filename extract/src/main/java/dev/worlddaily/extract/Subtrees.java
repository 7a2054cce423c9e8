package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tag queries on a subtree by a plain walk: the same elements, in the same document order and
 * counting the root itself, as {@code root.select("p")} or {@code root.select("img, picture")},
 * without jsoup's selector streams, and counts that stop once they reach what the caller asks.
 */
final class Subtrees {
  private Subtrees() {}

  /** How many elements of the subtree (the root too) have one of the tags, counted up to {@code limit}. */
  static int count(Element root, Set<String> tags, int limit) {
    int[] n = new int[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && tags.contains(e.normalName()) && ++n[0] >= limit) {
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return n[0];
  }

  /**
   * As {@code root.select(evaluator)}: each element matched against the root, in document order.
   * For plain selector lists only (tags, ids, classes, attribute tests), which keep no state
   * between elements; combinators such as {@code "a > b"} or {@code :has} need jsoup's own select.
   */
  static List<Element> select(Element root, Evaluator evaluator) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e && evaluator.matches(root, e)) {
        out.add(e);
      }
    }, root);
    return out;
  }

  /** As {@code root.selectFirst(evaluator)}, for the same plain selector lists as {@link #select}. */
  static Element selectFirst(Element root, Evaluator evaluator) {
    Element[] first = new Element[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && evaluator.matches(root, e)) {
          first[0] = e;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return first[0];
  }

  /** The elements of the subtree (the root too) with one of the tags, in document order. */
  static List<Element> all(Element root, Set<String> tags) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e && tags.contains(e.normalName())) {
        out.add(e);
      }
    }, root);
    return out;
  }

  /**
   * The elements below the root that match, outermost first in document order: a match is taken
   * with everything inside it, so its subtree is not looked at (what a cleaning pass removes).
   */
  static List<Element> outermost(Element root, Predicate<Element> matches) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && e != root && matches.test(e)) {
          out.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return out;
  }
}
