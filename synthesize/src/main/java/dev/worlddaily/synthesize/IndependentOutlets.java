package dev.worlddaily.synthesize;

import dev.worlddaily.model.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent reports: a wire copy or reprint ({@link Article#duplicateOf()}) counts as
 * its original's outlet when the original is among the articles, and once per original when it
 * is not. Used by the publishing gate and by coverage.
 */
public final class IndependentOutlets {
  private IndependentOutlets() {}

  /** The independent reporting keys (outlet domains, or "copy-of:ID"), in first-seen order. */
  public static Set<String> keys(Collection<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    Set<String> keys = new LinkedHashSet<>();
    for (Article a : articles) {
      keys.add(keyOf(a, byId));
    }
    return keys;
  }

  /** Number of independent outlets among the articles. */
  public static int count(Collection<Article> articles) {
    return keys(articles).size();
  }

  private static String keyOf(Article a, Map<String, Article> byId) {
    Article current = a;
    // Follow a chain of copies (a reprint of a reprint) to the first original we hold.
    for (int hops = 0; hops < 8 && current.duplicateOf() != null; hops++) {
      Article original = byId.get(current.duplicateOf());
      if (original == null) {
        return "copy-of:" + current.duplicateOf();
      }
      current = original;
    }
    return current.outlet().domain();
  }
}
