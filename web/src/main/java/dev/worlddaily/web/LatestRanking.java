package dev.worlddaily.web;

import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the front page by coverage, recency and velocity:
 * {@code score = 2·ln(1 + outlets) + ln(1 + articles) + velocity − hours since update / 12},
 * where velocity is the share of the story's sources published in the six hours before its last
 * update. Recency is measured against the newest story, so an archive replayed later ranks the
 * same way it did live.
 */
final class LatestRanking {
  private static final Duration VELOCITY_WINDOW = Duration.ofHours(6);

  private LatestRanking() {}

  static List<Story> rank(List<Story> stories) {
    Instant newest = stories.stream().map(Story::updated).filter(t -> t != null).max(Instant::compareTo).orElse(Instant.EPOCH);
    return stories.stream()
        .sorted(Comparator.comparingDouble((Story s) -> -score(s, newest)).thenComparing(Story::id))
        .toList();
  }

  static double score(Story s, Instant newest) {
    int outlets = s.coverage() == null ? 1 : s.coverage().outlets();
    int articles = s.sources().size();
    Instant updated = s.updated() == null ? newest : s.updated();
    double hours = Math.max(0, Duration.between(updated, newest).toMinutes() / 60.0);
    long recent = s.sources().stream().map(Source::published)
        .filter(t -> t != null && !t.isBefore(updated.minus(VELOCITY_WINDOW))).count();
    double velocity = articles == 0 ? 0 : recent / (double) articles;
    return 2 * Math.log1p(outlets) + Math.log1p(articles) + velocity - hours / 12;
  }
}
