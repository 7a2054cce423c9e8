package dev.worlddaily.model.annotation;

/**
 * A direct quotation.
 *
 * @param start inclusive offset of the quoted words (inside the quotation marks)
 * @param end exclusive offset
 * @param text the quoted words, verbatim
 * @param speaker the canonical name of the speaker, or null when not attributable
 */
public record QuoteMention(int start, int end, String text, String speaker) {}
