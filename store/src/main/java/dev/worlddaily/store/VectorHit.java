package dev.worlddaily.store;

/** An article vector found by nearest-neighbour search; {@code score} is the cosine similarity. */
public record VectorHit(String articleId, String storyId, float score) {}
