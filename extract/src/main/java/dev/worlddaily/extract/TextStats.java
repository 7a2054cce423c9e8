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
    NodeTraversor.traverse(s.new Counter(), root);
    return s;
  }

  /**
   * The counting walk. The counts of the open elements sit on a stack, so that each element
   * costs one map entry and no look-ups: a text node adds to the top, a closing element adds its
   * counts to the one below.
   */
  private final class Counter implements NodeVisitor {
    private int[][] open = new int[64][];
    private int top = -1;
    /** How many links enclose the current node: text anywhere inside an {@code <a>} is link text. */
    private int links;
    /** One text node's characters: a loop over an array costs less than {@link String#charAt}. */
    private char[] chars = new char[1024];

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        int[] mine = new int[2];
        stats.put(e, mine);
        if (++top == open.length) {
          open = java.util.Arrays.copyOf(open, open.length * 2);
        }
        open[top] = mine;
        if (depth > maxDepth) {
          maxDepth = depth;
        }
        if (e.normalName().equals("a")) {
          links++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (top >= 0) {
          int n = visibleLength(t.getWholeText());
          int[] parent = open[top];
          parent[0] += n;
          if (links > 0) {
            parent[1] += n;
          }
        }
      } else if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          links--;
        }
        int[] mine = open[top--];
        if (top >= 0) {
          int[] parent = open[top];
          parent[0] += mine[0];
          parent[1] += mine[1];
        }
      }
    }

    /** As {@link TextStats#visibleLength(String)}. */
    private int visibleLength(String s) {
      int length = s.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, 2 * chars.length)];
      }
      char[] a = chars;
      s.getChars(0, length, a, 0);
      int n = 0;
      boolean space = true;
      for (int i = 0; i < length; i++) {
        char c = a[i];
        boolean ws = isSpace(c);
        if (!ws || !space) {
          n++;
        }
        space = ws;
      }
      return n;
    }
  }

  /**
   * {@code Character.isWhitespace(c) || c == '\u00a0'}, with the common answers first: below the
   * space only the ASCII controls that Java counts as whitespace, and between ASCII and U+1680
   * (the first Unicode space separator after the no-break space) none.
   */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
    }
    return c >= '\u0080' && (c == '\u00a0' || c >= '\u1680' && Character.isWhitespace(c));
  }

  /** Characters of text, whitespace runs counted once. */
  static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = isSpace(c);
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
