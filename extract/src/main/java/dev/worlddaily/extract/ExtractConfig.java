package dev.worlddaily.extract;

/**
 * Settings of extraction.
 *
 * @param maxInputChars longer documents are cut to this many characters before parsing, which
 *     bounds time and memory on huge pages
 * @param minBodyChars a document whose extracted body is shorter is skipped as "not an article"
 * @param maxDepth elements nested deeper than this are flattened into their ancestor's text, so
 *     pathological 10,000-deep DOMs cost linear time
 */
public record ExtractConfig(int maxInputChars, int minBodyChars, int maxDepth) {
  public ExtractConfig {
    if (maxInputChars < 1_000) {
      throw new IllegalArgumentException("maxInputChars must be >= 1000: " + maxInputChars);
    }
    if (minBodyChars < 0) {
      throw new IllegalArgumentException("minBodyChars must be >= 0: " + minBodyChars);
    }
    if (maxDepth < 16) {
      throw new IllegalArgumentException("maxDepth must be >= 16: " + maxDepth);
    }
  }

  public static ExtractConfig defaults() {
    return new ExtractConfig(5_000_000, 120, 256);
  }
}
