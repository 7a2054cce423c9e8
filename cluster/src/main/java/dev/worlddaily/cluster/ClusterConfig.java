package dev.worlddaily.cluster;

import java.time.Duration;

/**
 * Settings of online clustering.
 *
 * @param window how long a story stays open for new articles after its last article
 * @param joinThreshold minimum similarity for an article to join a story
 * @param mergeThreshold minimum similarity to both of two stories for them to be merged
 * @param candidates stories compared in detail per article (the nearest by embedding)
 * @param leadWeight weight of the title-and-lead embedding similarity
 * @param bodyWeight weight of the body embedding similarity
 * @param entityWeight weight of shared entities, weighted by rarity
 * @param placePenalty subtracted when both name places and share none (same kind, other place)
 * @param datePenalty subtracted when both state event dates and none are within two days
 */
public record ClusterConfig(
    Duration window,
    double joinThreshold,
    double mergeThreshold,
    int candidates,
    double leadWeight,
    double bodyWeight,
    double entityWeight,
    double placePenalty,
    double datePenalty) {

  public ClusterConfig {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be > 0: " + window);
    }
    if (joinThreshold <= 0 || joinThreshold >= 1) {
      throw new IllegalArgumentException("joinThreshold must be in (0, 1): " + joinThreshold);
    }
    if (mergeThreshold < joinThreshold) {
      throw new IllegalArgumentException("mergeThreshold must be >= joinThreshold: " + mergeThreshold);
    }
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be >= 1: " + candidates);
    }
  }

  public static ClusterConfig defaults() {
    return new ClusterConfig(Duration.ofDays(4), 0.52, 0.70, 24, 0.55, 0.20, 0.35, 0.20, 0.15);
  }
}
