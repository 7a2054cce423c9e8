package dev.worlddaily.store;

import java.time.LocalDate;

/**
 * How many source articles of published stories came out on one UTC day for one key: a story
 * tag (canonical entity name) or a category label. What the Trends page counts.
 */
public record DailyCount(String key, LocalDate day, int articles) {}
