package dev.worlddaily.web;

import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the front page by coverage, recency and velocity:
 * {@code score = 2·ln(1 + outlets) + ln(1 + articles) + 1.5·ln(1 + articles of the last 6 h) − hours since update / 12}.
 * Coverage counts independent outlets twice as much as articles (ten wire copies are not ten
 * reports); velocity is how many of its sources came out in the six hours before "now"; recency
 * costs a point every twelve hours. "Now" is the newest story's update, so an archive replayed
 * later ranks the way it did live.
 */
final class LatestRanking {
  static final Duration VELOCITY_WINDOW = Duration.ofHours(6);

  private LatestRanking() {}

  static List<Story> rank(List<Story> stories) {
    Instant newest = stories.stream().map(Story::updated).filter(t -> t != null).max(Instant::compareTo).orElse(Instant.EPOCH);
    return stories.stream()
        .sorted(Comparator.comparingDouble((Story s) -> -score(s, newest)).thenComparing(Story::id))
        .toList();
  }

  static double score(Story s, Instant now) {
    int outlets = s.coverage() == null ? 1 : Math.max(1, s.coverage().outlets());
    int articles = s.sources().size();
    Instant updated = s.updated() == null ? now : s.updated();
    double hours = Math.max(0, Duration.between(updated, now).toMinutes() / 60.0);
    Instant windowStart = now.minus(VELOCITY_WINDOW);
    long recent = s.sources().stream().map(Source::published).filter(t -> t != null && !t.isBefore(windowStart) && !t.isAfter(now)).count();
    return 2 * Math.log1p(outlets) + Math.log1p(articles) + 1.5 * Math.log1p(recent) - hours / 12;
  }
}
