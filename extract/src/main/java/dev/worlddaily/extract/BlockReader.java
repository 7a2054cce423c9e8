package dev.worlddaily.extract;

import dev.worlddaily.model.ParagraphKind;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** Reads a cleaned article container out as blocks: paragraphs, headings, list items, quotes. */
final class BlockReader {
  // Tags looked for by plain walks (Subtrees), which cost less than jsoup's selector streams.
  private static final Set<String> PARAGRAPHS_OR_ITEMS = Set.of("p", "li");
  private static final Set<String> PARAGRAPHS = Set.of("p");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
      "main", "ul", "ol", "table", "tr", "td", "dl", "dd", "dt", "header", "form", "center");

  private BlockReader() {}

  /** Reads blocks in document order. */
  static void collect(Element e, List<Block> out) {
    String tag = e.normalName();
    switch (tag) {
      case "p", "pre", "dd", "dt" -> addText(out, e, ParagraphKind.TEXT);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> addText(out, e, ParagraphKind.HEADING);
      case "li" -> {
        if (Subtrees.count(e, PARAGRAPHS_OR_ITEMS, 2) > 1) {
          e.children().forEach(c -> collect(c, out));
        } else {
          addText(out, e, ParagraphKind.LIST_ITEM);
        }
      }
      case "blockquote" -> {
        List<Element> ps = Subtrees.all(e, PARAGRAPHS);
        if (ps.isEmpty()) {
          addText(out, e, ParagraphKind.QUOTE);
        } else {
          ps.forEach(p -> addText(out, p, ParagraphKind.QUOTE));
        }
      }
      default -> collectMixed(e, out);
    }
  }

  /** A container: block children are walked; runs of inline content become paragraphs. */
  private static void collectMixed(Element e, List<Block> out) {
    Inline inline = new Inline();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        inline.text.append(t.text());
      } else if (n instanceof Element c) {
        if (c.normalName().equals("br")) {
          // Two line breaks in a row separate paragraphs in <br>-formatted pages.
          if (inline.text.length() > 0 && inline.text.charAt(inline.text.length() - 1) == '\n') {
            inline.flush(out);
          } else {
            inline.text.append('\n');
          }
        } else if (BLOCK_TAGS.contains(c.normalName())) {
          inline.flush(out);
          collect(c, out);
        } else {
          String text = c.text();
          inline.text.append(text);
          inline.linkChars += c.normalName().equals("a") ? text.length() : linkChars(c);
        }
      }
    }
    inline.flush(out);
  }

  /** A run of inline content and how much of it is link text. */
  private static final class Inline {
    final StringBuilder text = new StringBuilder();
    int linkChars;

    void flush(List<Block> out) {
      String t = normalize(text.toString());
      if (!t.isEmpty()) {
        out.add(new Block(t, ParagraphKind.TEXT, Math.min(1.0, linkChars / (double) t.length())));
      }
      text.setLength(0);
      linkChars = 0;
    }
  }

  private static void addText(List<Block> out, Element e, ParagraphKind kind) {
    String text = normalize(e.text());
    if (text.isEmpty()) {
      return;
    }
    double links = Math.min(1.0, linkChars(e) / (double) text.length());
    if (kind == ParagraphKind.TEXT && text.length() < 200 && links > 0.5) {
      return;
    }
    out.add(new Block(text, kind, links));
  }

  /** Characters of link text: the sum over the element and its descendants that are links. */
  private static int linkChars(Element e) {
    int[] links = new int[1];
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element a && a.normalName().equals("a")) {
        links[0] += a.text().length();
      }
    }, e);
    return links[0];
  }

  /** Whitespace runs (including non-breaking spaces; U+2028 and U+2029 are Java whitespace) as one space, trimmed. */
  static String normalize(String s) {
    if (isNormal(s)) {
      // Most texts come from jsoup's text(), whose whitespace is already collapsed.
      return s;
    }
    // Into a plain array: appending char by char to a StringBuilder costs several times more.
    char[] out = new char[s.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextStats.isSpace(c)) {
        space = n > 0;
      } else {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  /** True when {@link #normalize} would return the text as it is: single spaces between other characters only. */
  private static boolean isNormal(String s) {
    boolean afterSpace = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
      } else if (TextStats.isSpace(c)) {
        return false;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace || s.isEmpty();
  }
}
