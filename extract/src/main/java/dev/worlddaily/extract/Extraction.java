package dev.worlddaily.extract;

import dev.worlddaily.model.Article;
import java.time.OffsetDateTime;

/**
 * An extracted article with its publication and update times as the page wrote them, offset
 * included: the {@link Article} keeps instants, and the offset tells the page's own calendar day
 * (an article of 23:30 in New York is dated the next day in UTC).
 *
 * @param published publication time with the page's offset, or null (UTC when the page gave none)
 * @param updated update time with the page's offset, or null
 */
public record Extraction(Article article, OffsetDateTime published, OffsetDateTime updated) {
  /** An extraction without page offsets (plain text, or times known only as instants). */
  static Extraction of(Article article) {
    return new Extraction(article,
        article.published() == null ? null : article.published().atOffset(java.time.ZoneOffset.UTC),
        article.updated() == null ? null : article.updated().atOffset(java.time.ZoneOffset.UTC));
  }
}
