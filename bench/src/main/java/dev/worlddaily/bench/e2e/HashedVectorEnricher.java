package dev.worlddaily.bench.e2e;

import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for the MiniLM model, for scale runs only ({@code --vectors hashed}): enrichment
 * without embeddings, then 384-dimensional vectors hashed from the words of the title and lead
 * and of the body (feature hashing, unit length). Articles about one synthetic event share their
 * names and phrases, so their vectors are close and clustering still forms stories of realistic
 * size, while the cost of the model (most of enrichment) is left out: what remains measures how
 * the other stages, the store and the index grow with the number of articles.
 */
final class HashedVectorEnricher implements Enricher {
  private static final int DIMENSIONS = 384;
  private final Enricher withoutVectors;
  private final int leadChars;
  private final int bodyChars;

  HashedVectorEnricher(Enricher withoutVectors, int leadChars, int bodyChars) {
    this.withoutVectors = withoutVectors;
    this.leadChars = leadChars;
    this.bodyChars = bodyChars;
  }

  @Override
  public AnnotatedArticle enrich(Article article) {
    return enrichAll(List.of(article)).get(0);
  }

  @Override
  public List<AnnotatedArticle> enrichAll(List<Article> articles) {
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (AnnotatedArticle a : withoutVectors.enrichAll(articles)) {
      String text = a.article().text();
      String lead = a.article().title() + " " + text.substring(0, Math.min(text.length(), leadChars));
      String body = text.substring(0, Math.min(text.length(), leadChars + bodyChars));
      Annotations t = a.annotations();
      out.add(new AnnotatedArticle(a.article(), new Annotations(t.language(), t.category(), t.sentences(), t.entities(), t.figures(),
          t.quotes(), t.dates(), hashed(lead), hashed(body))));
    }
    return out;
  }

  /**
   * Feature hashing of the words that tell events apart: names and numbers (capitalised words and
   * digits), where the model would also weigh them above the shared phrasing of news prose.
   */
  static float[] hashed(String text) {
    float[] v = new float[DIMENSIONS];
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        int h = w.toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B1;
        v[Math.floorMod(h, DIMENSIONS)] += (h & 0x10000) == 0 ? 1f : -1f;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }

  @Override
  public void close() {
    withoutVectors.close();
  }
}
