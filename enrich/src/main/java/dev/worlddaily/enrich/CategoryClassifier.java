package dev.worlddaily.enrich;

import dev.worlddaily.model.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One category per article from two kinds of evidence: keyword stems of each category in the
 * title and lead, and the similarity of the article's embedding to prototype sentences of each
 * category. Both vocabularies are our own, in {@code categories.tsv}.
 */
public final class CategoryClassifier {
  private static final double KEYWORD_WEIGHT = 1.0;
  private static final double EMBEDDING_WEIGHT = 4.0;

  private final Map<Category, Set<String>> keywords = new EnumMap<>(Category.class);
  private final Map<Category, float[]> prototypes = new EnumMap<>(Category.class);

  /** Builds the classifier; {@code embedder} may be null (keywords only). */
  public CategoryClassifier(Embedder embedder) {
    Map<Category, List<String>> sentences = new EnumMap<>(Category.class);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CategoryClassifier.class.getResourceAsStream("categories.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        Category c = Category.parse(parts[0]);
        if (parts[1].equals("keywords")) {
          keywords.computeIfAbsent(c, k -> new HashSet<>()).addAll(List.of(parts[2].toLowerCase(Locale.ROOT).split("\\s+")));
        } else {
          sentences.computeIfAbsent(c, k -> new ArrayList<>()).add(parts[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read categories.tsv", e);
    }
    if (embedder != null) {
      sentences.forEach((c, list) -> prototypes.put(c, centroid(embedder.embedAll(list))));
    }
  }

  private static float[] centroid(List<float[]> vectors) {
    float[] sum = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    return Embedder.normalize(sum);
  }

  /** Scores per category for a title, lead and optional embedding of them. */
  public Map<Category, Double> scores(String title, String lead, float[] embedding) {
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    List<String> titleWords = words(title);
    List<String> leadWords = words(lead);
    for (Category c : Category.values()) {
      Set<String> kw = keywords.getOrDefault(c, Set.of());
      double hits = 0;
      for (String w : titleWords) {
        hits += kw.contains(w) || kw.contains(singular(w)) ? 2 : 0;
      }
      for (String w : leadWords) {
        hits += kw.contains(w) || kw.contains(singular(w)) ? 1 : 0;
      }
      double s = KEYWORD_WEIGHT * Math.log1p(hits);
      if (embedding != null && prototypes.containsKey(c)) {
        s += EMBEDDING_WEIGHT * Embedder.cosine(embedding, prototypes.get(c));
      }
      scores.put(c, s);
    }
    return scores;
  }

  /** The best category. */
  public Category classify(String title, String lead, float[] embedding) {
    Category best = Category.WORLD;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Category, Double> e : scores(title, lead, embedding).entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  private static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
