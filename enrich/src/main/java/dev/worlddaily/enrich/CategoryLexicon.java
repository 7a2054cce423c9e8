package dev.worlddaily.enrich;

import dev.worlddaily.model.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that point to a category ({@code category-lexicon.tsv}, ours), each with a weight per
 * category: a text scores, for each category, the sum over its distinct words of
 * {@code weight * share}, where share is the word's weight for that category over its weights for
 * all, so a word listed for two categories counts for both but less. Words are compared by a
 * light stem (plural and third-person forms in -s, -es and -ies).
 */
final class CategoryLexicon {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");

  private final Map<String, Map<Category, Double>> weights = new HashMap<>();

  CategoryLexicon(InputStream tsv) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        if (parts.length < 3) {
          throw new IllegalArgumentException("category lexicon line " + number + " has " + parts.length + " fields, want 3");
        }
        Category category = Category.parse(parts[0]);
        double weight = Double.parseDouble(parts[1]);
        for (String w : parts[2].toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!w.isEmpty()) {
            weights.computeIfAbsent(stem(w), k -> new EnumMap<>(Category.class)).merge(category, weight, Math::max);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the category lexicon", e);
    }
  }

  /** The score of each category for a text (categories without a word score 0). */
  Map<Category, Double> scores(String text) {
    Map<Category, Double> out = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      out.put(c, 0.0);
    }
    if (text == null) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String stem = stem(m.group());
      Map<Category, Double> w = weights.get(stem);
      if (w == null || !seen.add(stem)) {
        continue;
      }
      double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
      w.forEach((c, v) -> out.merge(c, v * v / total, Double::sum));
    }
    return out;
  }

  /** "stories" -> "story", "taxes" -> "tax", "shares" -> "share"; "boss", "virus", "crisis" stay. */
  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
