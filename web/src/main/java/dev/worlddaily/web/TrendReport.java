package dev.worlddaily.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The trends at one moment: rising names and topics, and every tag's daily counts (for the
 * sparkline of an entity page), computed from the stories of the last days.
 */
public record TrendReport(LocalDate lastDay, List<Trend> entities, List<Trend> topics, Map<String, int[]> series, Instant computedAt, long computeMillis) {
  static TrendReport empty(LocalDate today) {
    return new TrendReport(today, List.of(), List.of(), Map.of(), Instant.EPOCH, 0);
  }

  /** Daily counts of one name (case-insensitive), or null when it was not mentioned. */
  public int[] seriesOf(String name) {
    return series.get(Trends.key(name));
  }
}
