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
 * @param batchDelay longest time a crawled article waits for others to share its pipeline batch
 *     ({@code wdn run}); shorter gets stories updated sooner, longer makes larger, cheaper batches
 * @param batchArticles most articles in one pipeline batch of the crawl
 * @param crawlPolls feeds {@code wdn run} polls at once. A poll spends most of its time waiting
 *     for its host's turn ({@code ingest.minDelay} between two fetches of one host), which holds
 *     no fetch slot, so this is larger than {@code ingest.globalConcurrency}, which still bounds
 *     the fetches in flight
 */
public record PipelineConfig(int minOutlets, Duration restoreWindow, int relatedCandidates, Duration batchDelay, int batchArticles, int crawlPolls) {
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
    if (batchDelay == null || batchDelay.isNegative() || batchDelay.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException("batchDelay must be between 0 and 10 minutes: " + batchDelay);
    }
    if (batchArticles < 1 || batchArticles > 10_000) {
      throw new IllegalArgumentException("batchArticles must be in 1..10000: " + batchArticles);
    }
    if (crawlPolls < 1 || crawlPolls > 1_000) {
      throw new IllegalArgumentException("crawlPolls must be in 1..1000: " + crawlPolls);
    }
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(2, Duration.ofDays(7), 12, Duration.ofMillis(500), 200, 32);
  }

  public PipelineConfig withMinOutlets(int outlets) {
    return new PipelineConfig(outlets, restoreWindow, relatedCandidates, batchDelay, batchArticles, crawlPolls);
  }
}
