package dev.worlddaily.model.annotation;

import dev.worlddaily.model.Category;
import java.util.List;

/**
 * Everything enrichment found in one article.
 *
 * @param language ISO 639-1 code detected from the text
 * @param category the article's category
 * @param sentences sentence spans in text order
 * @param entities entity mentions in text order
 * @param figures figures in text order
 * @param quotes quotations in text order
 * @param dates dates stated in the text
 * @param embedding unit-length MiniLM embedding of the title and lead (the model reads at most 128
 *     tokens: the title and about the first 500 characters of text), or null when not computed
 * @param bodyEmbedding unit-length embedding of the text after the lead when enrichment is set to
 *     compute one ({@code EnrichConfig.bodyChars} > 0); by default, and for texts that end within
 *     the lead, the same vector as {@code embedding}; null when not computed
 * @param paragraphLanguages the language of each paragraph whose language could be told, in text
 *     order; empty when not computed (added after the first version: the constructor without it
 *     remains)
 */
public record Annotations(
    String language,
    Category category,
    List<TextSpan> sentences,
    List<EntityMention> entities,
    List<FigureMention> figures,
    List<QuoteMention> quotes,
    List<DateMention> dates,
    float[] embedding,
    float[] bodyEmbedding,
    List<LanguageSpan> paragraphLanguages) {

  /** Annotations without per-paragraph languages (the record's first form). */
  public Annotations(
      String language,
      Category category,
      List<TextSpan> sentences,
      List<EntityMention> entities,
      List<FigureMention> figures,
      List<QuoteMention> quotes,
      List<DateMention> dates,
      float[] embedding,
      float[] bodyEmbedding) {
    this(language, category, sentences, entities, figures, quotes, dates, embedding, bodyEmbedding, List.of());
  }

  public Annotations {
    paragraphLanguages = List.copyOf(paragraphLanguages == null ? List.of() : paragraphLanguages);
    sentences = List.copyOf(sentences == null ? List.of() : sentences);
    entities = List.copyOf(entities == null ? List.of() : entities);
    figures = List.copyOf(figures == null ? List.of() : figures);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
    dates = List.copyOf(dates == null ? List.of() : dates);
  }
}
