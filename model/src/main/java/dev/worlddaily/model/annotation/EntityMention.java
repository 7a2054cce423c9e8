package dev.worlddaily.model.annotation;

import dev.worlddaily.model.EntityType;

/**
 * A named entity in the text.
 *
 * @param start inclusive offset
 * @param end exclusive offset
 * @param text the surface form, exactly {@code text.substring(start, end)}
 * @param type its kind
 * @param canonical the canonical name it resolves to (e.g. "Turkey" for "Türkiye")
 */
public record EntityMention(int start, int end, String text, EntityType type, String canonical) {}
