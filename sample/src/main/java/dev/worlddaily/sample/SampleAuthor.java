package dev.worlddaily.sample;

/** A fictional byline: a name and an optional role. */
public record SampleAuthor(String name, String role) {}
