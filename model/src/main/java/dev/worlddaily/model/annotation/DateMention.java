package dev.worlddaily.model.annotation;

import java.time.LocalDate;

/**
 * A calendar date stated in the text ("on Tuesday", "12 March 2026"), resolved against the
 * article's publication date.
 */
public record DateMention(int start, int end, String text, LocalDate date) {}
