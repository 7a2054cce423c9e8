package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Feed;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The starter list is read, never fetched: breadth and well-formedness only. */
class StarterSourcesTest {
  @Test
  void coverRegionsLanguagesAndLeanings() {
    List<Feed> feeds = StarterSources.load();
    assertThat(feeds).hasSizeGreaterThanOrEqualTo(60);
    assertThat(feeds).allSatisfy(f -> {
      assertThat(f.url()).startsWith("https://");
      assertThat(f.outlet().country()).matches("[A-Z]{2}");
    });
    assertThat(feeds.stream().map(f -> f.outlet().country()).distinct().count()).isGreaterThanOrEqualTo(25);
    assertThat(feeds.stream().map(f -> f.outlet().language()).collect(Collectors.toSet())).contains("en", "de", "fr", "es", "pt", "ja");
    assertThat(feeds.stream().map(f -> f.outlet().leaning()).collect(Collectors.toSet())).contains("center-left", "center", "center-right", "right");
    assertThat(feeds.stream().map(Feed::id).distinct().count()).isEqualTo(feeds.size());
  }
}
