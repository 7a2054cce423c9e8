package dev.worlddaily.model.annotation;

/**
 * A number with its unit and context.
 *
 * @param start inclusive offset of the whole expression ("more than 60,000 delegates")
 * @param end exclusive offset
 * @param text the surface form
 * @param value normalised value (e.g. 4.5e9 for "€4.5 billion")
 * @param unit normalised unit ("EUR", "%", "barrels/day", "delegates", "people"), or null
 */
public record FigureMention(int start, int end, String text, double value, String unit) {}
