package dev.worlddaily.model.story;

/** A link to another story. */
public record Related(String id, String headline, Relation relation) {}
