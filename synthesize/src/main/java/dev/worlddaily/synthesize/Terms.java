package dev.worlddaily.synthesize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Content words of a sentence and their overlap, the lexical measure of synthesis. */
final class Terms {
  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "these",
      "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "said", "says", "will",
      "would", "could", "can", "not", "no", "after", "before", "about", "into", "over", "than", "also", "which",
      "who", "what", "when", "where", "while", "there", "here", "more", "most", "some", "all", "one", "two",
      "new", "up", "out", "if", "so", "do", "did", "does", "just", "them", "him", "being", "per");

  private Terms() {}

  static Map<String, Integer> of(String text) {
    return ofTokens(tokens(text));
  }

  /** The content-word counts of a text's {@link #tokens}. */
  static Map<String, Integer> ofTokens(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : tokens) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.merge(stem(w), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * The words of a text as synthesis reads them: the maximal runs of letters and digits ({@code
   * \p{L}}, {@code \p{N}}) of its lower-cased form, found in one pass instead of a regular
   * expression's split, so that a sentence's terms and concepts share one reading.
   */
  static List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean word = Character.isLetter(cp) || isNumber(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(lower.substring(start));
    }
    return out;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * The number of pieces {@code text.split("\\s+")} gives, without building them: the runs of
   * non-blanks, one more when the text opens with a blank, and 1 for a text without blanks.
   */
  static int wordCount(String text) {
    int runs = 0;
    boolean blankSeen = false;
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      boolean blank = isBlank(text.charAt(i));
      blankSeen |= blank;
      if (!blank && !inRun) {
        runs++;
      }
      inRun = !blank;
    }
    if (!blankSeen) {
      return 1;
    }
    return runs == 0 ? 0 : runs + (isBlank(text.charAt(0)) ? 1 : 0);
  }

  /** The characters of the regular expression {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static boolean isStop(String word) {
    return STOP.contains(word);
  }

  /**
   * A light stemmer: plural and verb endings only, enough to match "homes" with "home" and
   * "destroying" with "destroyed".
   */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 5 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("es") && !w.endsWith("ses"))) {
      return w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Cosine similarity of two term-count maps. */
  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Integer> small = a.size() <= b.size() ? a : b;
    Map<String, Integer> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      Integer o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Integer> m) {
    double s = 0;
    for (int v : m.values()) {
      s += (double) v * v;
    }
    return Math.sqrt(s);
  }
}
