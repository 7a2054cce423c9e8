package dev.worlddaily.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Size tests on {@link Element#text()} that do not build the text of a large element: the
 * readers ask "is this block short?" of ancestors up to whole-page wrappers, and building a
 * page's text to learn that it is long costs more than the rest of their work.
 *
 * <p>The answers are exactly those of {@code e.text().length()}: characters that jsoup's text
 * always keeps (anything above a space except the no-break space, the soft hyphen and the
 * zero-width space, which it turns into a space or drops; trimming only removes characters up to
 * a space) are counted, and the count stops once it passes the limit. Only when it does not is
 * the text built and measured.
 */
final class TextLengths {
  private TextLengths() {}

  /** {@code e.text().length() <= max}. */
  static boolean atMost(Element e, int max) {
    return !keptOver(e, max) && e.text().length() <= max;
  }

  /** {@code e.text().length() < max}. */
  static boolean under(Element e, int max) {
    return atMost(e, max - 1);
  }

  /**
   * True when {@code e.ownText()} is empty: no own text node holds a character that jsoup keeps,
   * so the own text is at most spaces (from whitespace and line breaks), which trimming drops.
   */
  static boolean ownTextEmpty(Element e) {
    for (int c = 0; c < e.childNodeSize(); c++) {
      if (e.childNode(c) instanceof TextNode t && kept(t.getWholeText()) > 0) {
        return false;
      }
    }
    return true;
  }

  private static int kept(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c != '\u00a0' && c != '\u00ad' && c != '\u200b') {
        n++;
      }
    }
    return n;
  }

  /** True when more than {@code max} characters of the element's text are sure to stay in {@link Element#text()}. */
  static boolean keptOver(Element e, int max) {
    int[] kept = new int[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          kept[0] += kept(t.getWholeText());
          if (kept[0] > max) {
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    return kept[0] > max;
  }
}
