package dev.worlddaily.store;

/** A story found by a search. */
public record SearchHit(String storyId, String headline, float score) {}
