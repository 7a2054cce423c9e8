package dev.worlddaily.synthesize;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.Map;
import java.util.Set;

/**
 * A source sentence that may be published: its text, where it is, and its lexical profile.
 *
 * @param article the article it comes from
 * @param index its position among the article's sentences (0 = first)
 * @param start offset in the article text
 * @param end offset in the article text
 * @param text the sentence, exactly as in the article
 * @param terms content-word counts
 * @param concepts its {@link Concepts}
 */
record Candidate(AnnotatedArticle article, int index, int start, int end, String text, Map<String, Integer> terms, Set<String> concepts) {
  Citation citation() {
    return new Citation(article.id(), start, end);
  }

  String outlet() {
    return article.article().outlet().domain();
  }

  int words() {
    return text.split("\\s+").length;
  }
}
