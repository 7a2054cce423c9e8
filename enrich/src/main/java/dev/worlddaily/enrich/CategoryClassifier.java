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
 * One category per article from two kinds of evidence: the similarity of the article's embedding
 * to prototype sentences of each category (the mean of its {@value #NEAREST} nearest prototypes,
 * so a category of many kinds of story is not averaged into one blurred centroid), and keyword
 * stems of each category in the title and lead, which break near ties and decide alone when
 * there is no embedding. Both vocabularies are our own, in {@code categories.tsv}.
 */
public final class CategoryClassifier {
  private static final double KEYWORD_WEIGHT = 0.02;
  private static final double EMBEDDING_WEIGHT = 1.0;
  private static final int NEAREST = 7;

  private final Map<Category, Set<String>> keywords = new EnumMap<>(Category.class);
  private final Map<Category, List<float[]>> prototypes = new EnumMap<>(Category.class);

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
      sentences.forEach((c, list) -> prototypes.put(c, embedder.embedAll(list)));
    }
  }

  /** The mean similarity of {@code v} to its nearest prototypes. */
  private static double nearest(float[] v, List<float[]> prototypes) {
    double[] sims = new double[prototypes.size()];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = Embedder.cosine(v, prototypes.get(i));
    }
    java.util.Arrays.sort(sims);
    int n = Math.min(NEAREST, sims.length);
    double sum = 0;
    for (int i = sims.length - n; i < sims.length; i++) {
      sum += sims[i];
    }
    return sum / n;
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
      double s = (embedding == null ? 1 : KEYWORD_WEIGHT) * Math.log1p(hits);
      if (embedding != null && prototypes.containsKey(c)) {
        s += EMBEDDING_WEIGHT * nearest(embedding, prototypes.get(c));
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
