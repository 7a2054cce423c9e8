package dev.worlddaily.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with offsets; acronyms with dots ("U.S.") stay whole, a sentence's final period does not stick to its word. */
final class Tokens {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.&-]*");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");

  /** One token. */
  record Token(int start, int end, String text) {
    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
      boolean letter = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letter |= Character.isLetter(c);
      }
      return letter;
    }
  }

  private Tokens() {}

  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String t = text.substring(start, end);
      // Trailing punctuation that ends a word, unless the token is a dotted acronym or initial.
      while (t.length() > 1 && "'’.-&".indexOf(t.charAt(t.length() - 1)) >= 0
          && !(t.endsWith(".") && (DOTTED_ACRONYM.matcher(t).matches() || t.length() == 2 && Character.isUpperCase(t.charAt(0))))) {
        t = t.substring(0, t.length() - 1);
        end--;
      }
      if (t.endsWith("'s") || t.endsWith("’s")) {
        t = t.substring(0, t.length() - 2);
        end -= 2;
      }
      if (!t.isEmpty()) {
        out.add(new Token(start, end, t));
      }
    }
    return out;
  }
}
