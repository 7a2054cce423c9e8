package dev.worlddaily.sample;

/** A lead image: a file of the corpus, its caption and its credit. */
public record SampleImage(String file, String caption, String credit) {}
