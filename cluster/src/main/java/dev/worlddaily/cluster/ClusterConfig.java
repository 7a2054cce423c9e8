package dev.worlddaily.cluster;

import java.time.Duration;

/**
 * Settings of online clustering. Similarities are weighted sums of signals in [0, 1]; see {@link
 * EventSimilarity}.
 *
 * @param window how long a story stays open for new articles after its last article, and the
 *     time distance at which the time penalty is full
 * @param joinThreshold minimum similarity (same language) for an article to join a story
 * @param crossLanguageThreshold minimum similarity on names, figures and dates alone for an
 *     article to join a story in other languages
 * @param mergeThreshold minimum similarity of two stories, and of the article that bridges them
 *     to the second one, for them to be merged
 * @param splitThreshold a story splits when its articles form two groups whose articles are on
 *     average less similar than this across the groups
 * @param splitMargin ... and more similar within the groups by at least this much
 * @param candidates stories found by embedding (HNSW) per article
 * @param entityCandidates stories found by shared rare names per article
 * @param leadWeight weight of the title-and-lead embedding cosine
 * @param bodyWeight weight of the body embedding cosine
 * @param termWeight weight of the cosine of content words weighted by rarity
 * @param leadTermWeight weight of the same cosine on the title and lead only
 * @param entityWeight weight of the cosine of named entities weighted by rarity and prominence
 * @param figureWeight weight of the cosine of distinctive figures weighted by rarity
 * @param dateWeight added when both state dates within a day of each other
 * @param datePenalty subtracted in full when the dates both state are a year or more apart
 * @param timePenalty subtracted in full when the two are a window or more apart in time
 * @param outletPenalty subtracted when the article's outlet already wrote on the story that day
 * @param maxOpenStories open stories kept at most; beyond it the oldest close first
 */
public record ClusterConfig(
    Duration window,
    double joinThreshold,
    double crossLanguageThreshold,
    double mergeThreshold,
    double splitThreshold,
    double splitMargin,
    int candidates,
    int entityCandidates,
    double leadWeight,
    double bodyWeight,
    double termWeight,
    double leadTermWeight,
    double entityWeight,
    double figureWeight,
    double dateWeight,
    double datePenalty,
    double timePenalty,
    double outletPenalty,
    int maxOpenStories) {

  public ClusterConfig {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be > 0: " + window);
    }
    unit("joinThreshold", joinThreshold);
    unit("crossLanguageThreshold", crossLanguageThreshold);
    if (mergeThreshold < joinThreshold || mergeThreshold > 2) {
      throw new IllegalArgumentException("mergeThreshold must be >= joinThreshold and <= 2: " + mergeThreshold);
    }
    if (splitThreshold < 0 || splitThreshold > 2) {
      throw new IllegalArgumentException("splitThreshold must be in [0, 2]: " + splitThreshold);
    }
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be >= 1: " + candidates);
    }
    if (entityCandidates < 0) {
      throw new IllegalArgumentException("entityCandidates must be >= 0: " + entityCandidates);
    }
    if (splitMargin < 0 || splitMargin > 2) {
      throw new IllegalArgumentException("splitMargin must be in [0, 2]: " + splitMargin);
    }
    for (double w : new double[] {leadWeight, bodyWeight, termWeight, leadTermWeight, entityWeight, figureWeight, dateWeight, datePenalty, timePenalty, outletPenalty}) {
      if (w < 0 || w > 2) {
        throw new IllegalArgumentException("signal weights and penalties must be in [0, 2]: " + w);
      }
    }
    if (entityWeight + figureWeight + dateWeight <= 0) {
      throw new IllegalArgumentException("entityWeight + figureWeight + dateWeight must be > 0");
    }
    if (maxOpenStories < 1) {
      throw new IllegalArgumentException("maxOpenStories must be >= 1: " + maxOpenStories);
    }
  }

  private static void unit(String name, double v) {
    if (v <= 0 || v >= 2) {
      throw new IllegalArgumentException(name + " must be in (0, 2): " + v);
    }
  }

  public static ClusterConfig defaults() {
    return new ClusterConfig(Duration.ofDays(4), 0.32, 0.45, 0.44, 0.35, 0.12, 12, 8,
        0.15, 0.10, 0.20, 0.20, 0.20, 0.15, 0.05, 0.30, 0.10, 0.05, 200_000);
  }
}
