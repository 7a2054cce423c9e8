package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.story.Coverage;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The front page's order: coverage, recency and velocity each move a story up. */
class LatestRankingTest {
  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  static Story story(String id, int outlets, Duration sinceUpdate, Duration... sourceAges) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < sourceAges.length; i++) {
      sources.add(new Source("a" + id + i, "https://o" + i + ".example/" + id, "O" + i, "o" + i + ".example", "t", List.of(), NOW.minus(sourceAges[i]), "en"));
    }
    return Story.builder(id).headline(id).updated(NOW.minus(sinceUpdate)).sources(sources)
        .coverage(new Coverage(sources.size(), outlets, List.of(), false)).build();
  }

  static List<String> order(Story... stories) {
    return LatestRanking.rank(List.of(stories)).stream().map(Story::id).toList();
  }

  @Test
  void moreIndependentOutletsRankHigher() {
    Duration h = Duration.ofHours(20);
    assertThat(order(story("two", 2, h, h, h), story("five", 5, h, h, h, h, h, h))).containsExactly("five", "two");
  }

  @Test
  void wireCopiesCountLessThanOutlets() {
    Duration h = Duration.ofHours(20);
    // Six articles from two outlets (wire copies) against four articles from four outlets.
    assertThat(order(story("copies", 2, h, h, h, h, h, h, h), story("outlets", 4, h, h, h, h, h))).containsExactly("outlets", "copies");
  }

  @Test
  void newerStoriesRankHigherAtEqualCoverage() {
    Duration d = Duration.ofHours(30);
    Story fresh = story("fresh", 3, Duration.ZERO, d, d, d);
    Story stale = story("stale", 3, Duration.ofHours(30), d, d, d);
    assertThat(order(stale, fresh)).containsExactly("fresh", "stale");
  }

  @Test
  void storiesGainingSourcesNowRankHigher() {
    Duration old = Duration.ofHours(20);
    Duration recent = Duration.ofHours(1);
    Story steady = story("steady", 3, Duration.ofHours(1), old, old, old);
    Story breaking = story("breaking", 3, Duration.ofHours(1), recent, recent, old);
    assertThat(order(steady, breaking)).containsExactly("breaking", "steady");
  }

  @Test
  void aWidelyCoveredStoryOutranksAFresherThinOneUntilItAges() {
    Duration h = Duration.ofHours(8);
    Story wide = story("wide", 8, Duration.ofHours(8), h, h, h, h, h, h, h, h);
    Story thin = story("thin", 2, Duration.ZERO, h, h);
    assertThat(order(thin, wide)).containsExactly("wide", "thin");
    Story aged = story("wide", 8, Duration.ofHours(96), h, h, h, h, h, h, h, h);
    assertThat(order(thin, aged)).containsExactly("thin", "wide");
  }
}
