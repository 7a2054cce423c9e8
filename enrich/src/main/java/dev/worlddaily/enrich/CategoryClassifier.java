package dev.worlddaily.enrich;

import dev.worlddaily.model.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One category per article from two kinds of evidence, both our own: the similarity of the
 * article's embedding (title and lead) to ~1,300 example headlines we wrote ({@link
 * CategoryExamples}; the cosine to the centroid of the {@value #NEAREST} examples of each category
 * nearest the article, a prototype of the sub-topic the article is about, so a category of many
 * kinds of story is not blurred into one centroid and a tight neighbourhood counts for more than
 * scattered ones), plus {@value #LEXICON_WEIGHT} times the score of the category's words in the
 * title and lead ({@link CategoryLexicon}). The lexicon decides alone when there is no embedding.
 *
 * <p>The examples file technology companies' products, services, deals and industry under
 * Technology, as the technology sections of newspapers do, and markets, the economy and other
 * industries under Business; a technology company's quarterly results stay a close call between
 * the two (AG News's own labels split them about evenly).
 */
public final class CategoryClassifier {
  static final int NEAREST = 20;
  /**
   * An embedding similarity differs between categories by a few hundredths; a word of weight 2
   * then moves a score by 0.01. Chosen on AG News dev with {@link #NEAREST} (docs/BENCHMARKS.md);
   * nothing else there was fitted.
   */
  static final double LEXICON_WEIGHT = 0.005;

  private final CategoryLexicon lexicon;
  private final Map<Category, float[][]> examples = new EnumMap<>(Category.class);

  /** Builds the classifier; {@code embedder} may be null (words only). */
  public CategoryClassifier(Embedder embedder) {
    try (InputStream in = CategoryClassifier.class.getResourceAsStream("category-lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: category-lexicon.tsv");
      }
      lexicon = new CategoryLexicon(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read category-lexicon.tsv", e);
    }
    if (embedder != null) {
      CategoryExamples all = CategoryExamples.load();
      List<float[]> vectors = all.vectors(embedder);
      Map<Category, List<float[]>> by = new EnumMap<>(Category.class);
      for (int i = 0; i < vectors.size(); i++) {
        by.computeIfAbsent(all.examples().get(i).category(), c -> new ArrayList<>()).add(vectors.get(i));
      }
      by.forEach((c, list) -> examples.put(c, list.toArray(float[][]::new)));
    }
  }

  /**
   * The cosine of {@code v} with the centroid of its {@value #NEAREST} nearest examples: their mean
   * similarity to {@code v} over the length of their mean vector.
   */
  private static double nearest(float[] v, float[][] examples) {
    Integer[] order = new Integer[examples.length];
    double[] sims = new double[examples.length];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = Embedder.cosine(v, examples[i]);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(sims[b], sims[a]));
    int n = Math.min(NEAREST, sims.length);
    double sum = 0;
    double[] centroid = new double[v.length];
    for (int r = 0; r < n; r++) {
      float[] e = examples[order[r]];
      sum += sims[order[r]];
      for (int d = 0; d < centroid.length; d++) {
        centroid[d] += e[d];
      }
    }
    double norm = 0;
    for (double x : centroid) {
      norm += x * x;
    }
    norm = Math.sqrt(norm) / n;
    return norm == 0 ? 0 : sum / n / norm;
  }

  /**
   * Scores per category for a title, lead and optional embedding of them; the lead may already
   * start with the title (as the enricher's does), words count once either way.
   */
  public Map<Category, Double> scores(String title, String lead, float[] embedding) {
    String text = lead == null ? title : title == null || lead.startsWith(title) ? lead : title + "\n" + lead;
    Map<Category, Double> words = lexicon.scores(text);
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      double s = (embedding == null ? 1 : LEXICON_WEIGHT) * words.get(c);
      if (embedding != null && examples.containsKey(c)) {
        s += nearest(embedding, examples.get(c));
      }
      scores.put(c, s);
    }
    return scores;
  }

  /** The best category (World when nothing speaks for any). */
  public Category classify(String title, String lead, float[] embedding) {
    Category best = Category.WORLD;
    double bestScore = 0;
    boolean first = true;
    for (Map.Entry<Category, Double> e : scores(title, lead, embedding).entrySet()) {
      if (first || e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
        first = false;
      }
    }
    return bestScore > 0 || embedding != null ? best : Category.WORLD;
  }
}
