package dev.worlddaily.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of an article that say which event it is about: lower-cased runs of letters and
 * digits of two characters or more (numbers such as "23" or "5.8" included), without function
 * words. Rarity weighting is
 * applied later, from the stream.
 */
final class TermCounter {
  private final Set<String> stopwords;

  TermCounter() {
    this.stopwords = load("stopwords.txt");
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    InputStream in = TermCounter.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("clustering resource missing: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(out);
  }

  /** Counts of the content words of a text. */
  Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new HashMap<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n) {
        int d = text.codePointAt(i);
        if (Character.isLetterOrDigit(d)) {
          i += Character.charCount(d);
        } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && i > start && Character.isDigit(text.charAt(i - 1))) {
          i++; // "5.8", "60,000": one number
        } else {
          break;
        }
      }
      String token = text.substring(start, i).replace(",", "").toLowerCase(Locale.ROOT);
      if (token.length() >= 2 && !stopwords.contains(token)) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    return counts;
  }
}
