package dev.worlddaily.enrich;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.List;

/**
 * Annotates articles: language, sentences, entities, figures, quotes, dates, category and
 * embeddings. Heavy resources (models) are loaded once by the implementation and shared; the
 * implementation is thread-safe.
 */
public interface Enricher extends AutoCloseable {
  AnnotatedArticle enrich(Article article);

  /** Annotates a batch; implementations may batch embedding work. Order is preserved. */
  default List<AnnotatedArticle> enrichAll(List<Article> articles) {
    return articles.stream().map(this::enrich).toList();
  }

  @Override
  default void close() {}
}
