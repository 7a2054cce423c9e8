package dev.worlddaily.model.annotation;

/**
 * The language of a stretch of text (a paragraph), for articles that mix languages.
 *
 * @param start inclusive offset
 * @param end exclusive offset
 * @param language ISO 639-1 code
 */
public record LanguageSpan(int start, int end, String language) {}
