package dev.worlddaily.synthesize;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The numbered source sentences a writer other than the extractive one (an LLM) may draw on:
 * the strongest sentences of the story's independent reports, numbered in report order so the
 * numbering does not depend on scores, each with the span it would be cited by.
 */
public final class SourceSentences {
  private SourceSentences() {}

  /**
   * One numbered sentence.
   *
   * @param number its number, from 1
   * @param citation the span of the sentence in its article
   * @param outlet the name of the outlet that reported it
   * @param text the sentence, exactly as in the article
   */
  public record SourceSentence(int number, Citation citation, String outlet, String text) {}

  /**
   * @param articles the story's articles (wire copies of present originals are left out)
   * @param max at most this many sentences, the best-ranked
   * @param perArticle sentences of each article considered
   */
  public static List<SourceSentence> of(List<AnnotatedArticle> articles, int max, int perArticle) {
    List<AnnotatedArticle> reports = ExtractiveSynthesizer.reports(articles);
    SentencePool pool = new SentencePool(reports, perArticle);
    List<Candidate> best = new ArrayList<>(pool.ranked().subList(0, Math.min(max, pool.ranked().size())));
    List<String> order = reports.stream().map(AnnotatedArticle::id).toList();
    best.sort(Comparator.comparingInt((Candidate c) -> order.indexOf(c.article().id())).thenComparingInt(Candidate::index));
    List<SourceSentence> out = new ArrayList<>();
    for (Candidate c : best) {
      out.add(new SourceSentence(out.size() + 1, c.citation(), c.article().article().outlet().name(), c.text()));
    }
    return out;
  }
}
