package dev.worlddaily.synthesize;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source sentence that may be published: its text, where it is, and its lexical profile.
 * Candidates are compared by identity: one per sentence of a pool, and hashing the article they
 * hold would cost more than the synthesis.
 */
final class Candidate {
  private final int id;
  private final AnnotatedArticle article;
  private final int index;
  private final int start;
  private final int end;
  private final String text;
  private final Map<String, Integer> terms;
  private final Set<String> concepts;
  private final int words;

  /**
   * @param id its position in its pool
   * @param article the article it comes from
   * @param index its position among the article's sentences (0 = first)
   * @param start offset in the article text
   * @param end offset in the article text
   * @param text the sentence, exactly as in the article
   */
  Candidate(int id, AnnotatedArticle article, int index, int start, int end, String text) {
    this.id = id;
    this.article = article;
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
    List<String> tokens = Terms.tokens(text);
    this.terms = Terms.ofTokens(tokens);
    this.concepts = Concepts.ofTokens(tokens);
    this.words = Terms.wordCount(text);
  }

  int id() {
    return id;
  }

  AnnotatedArticle article() {
    return article;
  }

  int index() {
    return index;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  /** Content-word counts. */
  Map<String, Integer> terms() {
    return terms;
  }

  /** Its {@link Concepts}. */
  Set<String> concepts() {
    return concepts;
  }

  Citation citation() {
    return new Citation(article.id(), start, end);
  }

  String outlet() {
    return article.article().outlet().domain();
  }

  int words() {
    return words;
  }

  @Override
  public String toString() {
    return "Candidate[" + article.id() + "#" + index + ": " + text + "]";
  }
}
