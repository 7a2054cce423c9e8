package dev.worlddaily.model.annotation;

import dev.worlddaily.model.Article;
import java.util.Objects;

/** An article with its enrichment. */
public record AnnotatedArticle(Article article, Annotations annotations) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotations, "annotations");
  }

  public String id() {
    return article.id();
  }
}
