package dev.worlddaily.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element, computed in one pass from the leaves up, so that
 * density decisions cost O(1) per element instead of re-reading each subtree.
 */
final class TextStats {
  private final Map<Element, int[]> stats = new IdentityHashMap<>();
  private int maxDepth;

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats s = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      /** How many links enclose the current node: text anywhere inside an {@code <a>} is link text. */
      private int links;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          s.stats.put(e, new int[2]);
          s.maxDepth = Math.max(s.maxDepth, depth);
          if (e.normalName().equals("a")) {
            links++;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        Node parent = node.parentNode();
        if (node instanceof TextNode t) {
          int n = visibleLength(t.getWholeText());
          addTo(parent, n, links > 0);
        } else if (node instanceof Element e && e.normalName().equals("a")) {
          links--;
        }
        if (node instanceof Element e && parent instanceof Element p && s.stats.containsKey(p)) {
          int[] mine = s.stats.get(e);
          int[] theirs = s.stats.get(p);
          theirs[0] += mine[0];
          theirs[1] += mine[1];
        }
      }

      private void addTo(Node parent, int n, boolean link) {
        if (parent instanceof Element p && s.stats.containsKey(p)) {
          int[] st = s.stats.get(p);
          st[0] += n;
          if (link) {
            st[1] += n;
          }
        }
      }
    }, root);
    return s;
  }

  /** Characters of text, whitespace runs counted once. */
  static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
      if (!ws) {
        n++;
      } else if (!space) {
        n++;
      }
      space = ws;
    }
    return n;
  }

  /** Forgets an element about to be removed: its text no longer counts for its ancestors. */
  void remove(Element e) {
    int[] mine = stats.get(e);
    if (mine == null) {
      return;
    }
    for (Element a = e.parent(); a != null; a = a.parent()) {
      int[] theirs = stats.get(a);
      if (theirs != null) {
        theirs[0] -= mine[0];
        theirs[1] -= mine[1];
      }
    }
  }

  /** Depth of the deepest element below the root. */
  int maxDepth() {
    return maxDepth;
  }

  int text(Element e) {
    int[] s = stats.get(e);
    return s == null ? e.text().length() : s[0];
  }

  double linkDensity(Element e) {
    int[] s = stats.get(e);
    if (s == null) {
      return DensityContentExtractor.linkDensity(e);
    }
    return s[0] == 0 ? 0 : Math.min(1.0, s[1] / (double) s[0]);
  }
}
