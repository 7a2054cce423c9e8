package dev.worlddaily.model.story;

import java.time.Instant;

/** One entry of a story's change log. */
public record Change(int version, Instant at, String summary) {}
