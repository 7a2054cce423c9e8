package dev.worlddaily.extract;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;

/**
 * Turns fetched bytes into an {@link Article}: clean text with paragraph offsets and metadata.
 * Implementations never throw on bad input: a document that is not an article, or cannot be
 * read, is a SKIPPED or FAILED outcome with a one-line reason.
 */
public interface ArticleExtractor {
  Outcome<Article> extract(RawDocument document);
}
