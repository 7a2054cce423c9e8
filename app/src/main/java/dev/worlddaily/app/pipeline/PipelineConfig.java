package dev.worlddaily.app.pipeline;

import java.time.Duration;

/**
 * Settings of the processing pipeline.
 *
 * @param minOutlets independent outlets a story needs before it is published (wire copies count
 *     once)
 * @param restoreWindow how far back from the newest stored article the clusterer's state is
 *     restored after a restart
 * @param relatedCandidates stories considered when linking related stories
 */
public record PipelineConfig(int minOutlets, Duration restoreWindow, int relatedCandidates) {
  public PipelineConfig {
    if (minOutlets < 1) {
      throw new IllegalArgumentException("minOutlets must be >= 1: " + minOutlets);
    }
    if (restoreWindow == null || restoreWindow.isNegative() || restoreWindow.isZero()) {
      throw new IllegalArgumentException("restoreWindow must be > 0: " + restoreWindow);
    }
    if (relatedCandidates < 0) {
      throw new IllegalArgumentException("relatedCandidates must be >= 0: " + relatedCandidates);
    }
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(2, Duration.ofDays(7), 12);
  }
}
