package dev.worlddaily.store;

import static dev.worlddaily.store.StoryFixtures.COURIER;
import static dev.worlddaily.store.StoryFixtures.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.StoryEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {
  static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");
  @TempDir Path dir;

  private AnnotatedArticle quake() {
    return StoryFixtures.article(LEDGER, "quake", "Quake in Port Sarin", "Port Sarin shook at dawn. Ten homes fell.", T0);
  }

  private AnnotatedArticle budget() {
    return StoryFixtures.article(COURIER, "budget", "Budget vote", "Councillors passed the harbour budget. It costs more.", T0.plusSeconds(60));
  }

  @Test
  void searchRanksByTextAndAppliesFilters() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"))) {
      index.indexStory(StoryFixtures.story("s1", "Earthquake damages homes in Port Sarin", Category.WORLD, T0, quake()), true);
      index.indexStory(StoryFixtures.story("s2", "Harbour budget passes", Category.BUSINESS, T0.plusSeconds(60), budget()), true);
      index.indexStory(StoryFixtures.story("s3", "Budget draft leaked", Category.BUSINESS, T0.plusSeconds(120), budget()), false);
      index.commit();

      assertThat(index.search(SearchQuery.of("earthquake homes", 10)).hits()).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(index.search(SearchQuery.of("budget", 10)).hits()).extracting(SearchHit::storyId).containsExactly("s2");
      SearchQuery all = new SearchQuery("budget", null, null, null, null, null, true, 0, 10);
      assertThat(index.search(all).total()).isEqualTo(2);
      SearchQuery worldOnly = new SearchQuery("", Category.WORLD, null, null, null, null, true, 0, 10);
      assertThat(index.search(worldOnly).hits()).extracting(SearchHit::storyId).containsExactly("s1");
      SearchQuery byOutlet = new SearchQuery("", null, null, null, COURIER.domain(), null, true, 0, 10);
      assertThat(index.search(byOutlet).hits()).extracting(SearchHit::storyId).containsExactly("s3", "s2");
      SearchQuery byEntity = new SearchQuery("", null, null, null, null, "port sarin", false, 0, 10);
      assertThat(index.search(byEntity).total()).isEqualTo(2);
      SearchQuery byDate = new SearchQuery("", null, T0.plusSeconds(30), T0.plusSeconds(90), null, null, true, 0, 10);
      assertThat(index.search(byDate).hits()).extracting(SearchHit::storyId).containsExactly("s2");
    }
  }

  @Test
  void hostileQueriesAreText() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"))) {
      index.indexStory(StoryFixtures.story("s1", "Quake in Port Sarin", Category.WORLD, T0, quake()), true);
      index.commit();
      for (String q : new String[] {"'; DROP TABLE stories; --", "\"unclosed", "a AND (", "*:*", "title:[a TO", "\\", "~~~", "-"}) {
        assertThat(index.search(SearchQuery.of(q, 10)).hits()).as(q).isNotNull();
      }
    }
  }

  @Test
  void searchesSeeTheLastRefreshOrCommitNotLaterChanges() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"))) {
      index.indexStory(StoryFixtures.story("s1", "Quake in Port Sarin", Category.WORLD, T0, quake()), true);
      assertThat(index.search(SearchQuery.of("quake", 5)).total()).isZero();
      index.refresh();
      assertThat(index.search(SearchQuery.of("quake", 5)).hits()).extracting(SearchHit::storyId).containsExactly("s1");
      index.indexStory(StoryFixtures.story("s2", "Second quake near Port Sarin", Category.WORLD, T0, quake()), true);
      index.removeStory("s1");
      assertThat(index.search(SearchQuery.of("quake", 5)).hits()).extracting(SearchHit::storyId).containsExactly("s1");
      index.commit();
      assertThat(index.search(SearchQuery.of("quake", 5)).hits()).extracting(SearchHit::storyId).containsExactly("s2");
    }
  }

  @Test
  void articlesAreCountedAndReplacedByIdWithoutVectors() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"))) {
      index.indexArticle("a1", "s1");
      index.indexArticle("a2", null);
      index.indexArticle("a1", "s2");
      index.commit();
      assertThat(index.articleCount()).isEqualTo(2);
    }
  }

  @Test
  void rebuildRecreatesTheIndexFromTheStore() {
    DataDirectory data = DataDirectory.open(dir);
    try (Store store = JdbcStore.openSqlite(data, Clock.systemUTC());
        LuceneSearchIndex index = LuceneSearchIndex.open(data.index())) {
      AnnotatedArticle q = quake();
      store.saveArticle(q);
      store.assign(q.id(), "s1");
      store.saveStory(StoryFixtures.story("s1", "Quake in Port Sarin", Category.WORLD, T0, q), true);
      assertThat(index.isBehind(store)).isTrue();
      long[] last = new long[2];
      index.rebuild(store, (done, total) -> { last[0] = done; last[1] = total; });
      assertThat(last).containsExactly(2, 2);
      assertThat(index.isBehind(store)).isFalse();
      assertThat(index.search(SearchQuery.of("quake", 5)).hits()).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(index.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void aCorruptIndexIsRecreatedEmptyAndReportedBehind() throws IOException {
    Path path = dir.resolve("index");
    try (LuceneSearchIndex index = LuceneSearchIndex.open(path)) {
      index.indexStory(StoryFixtures.story("s1", "Quake", Category.WORLD, T0, quake()), true);
      index.commit();
    }
    try (Stream<Path> files = Files.list(path)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(p, new byte[] {1, 2, 3});
      }
    }
    DataDirectory data = DataDirectory.open(dir.resolve("data"));
    try (Store store = JdbcStore.openSqlite(data, Clock.systemUTC());
        LuceneSearchIndex index = LuceneSearchIndex.open(path)) {
      assertThat(index.storyCount()).isZero();
      assertThat(index.isBehind(store)).isTrue();
    }
  }

  @Test
  void aSecondWriterOnTheSameIndexIsRefusedClearly() {
    Path path = dir.resolve("index");
    try (LuceneSearchIndex first = LuceneSearchIndex.open(path)) {
      assertThatThrownBy(() -> LuceneSearchIndex.open(path))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("in use by another wdn process");
    }
  }

  @Test
  void storiesNamingFindsStoriesSharingEnoughEntitiesRarerNamesFirst() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"))) {
      StoryEntity sarin = new StoryEntity("Port Sarin", EntityType.PLACE, List.of(), 1);
      StoryEntity velt = new StoryEntity("Mara Velt", EntityType.PERSON, List.of(), 1);
      StoryEntity union = new StoryEntity("Harbour Union", EntityType.ORGANIZATION, List.of(), 1);
      index.indexStory(StoryFixtures.story("s1", "Union talks", Category.WORLD, T0, quake()).toBuilder().entities(List.of(sarin, velt, union)).build(), true);
      index.indexStory(StoryFixtures.story("s2", "Velt visits", Category.WORLD, T0, quake()).toBuilder().entities(List.of(sarin, velt)).build(), false);
      index.indexStory(StoryFixtures.story("s3", "Quake", Category.WORLD, T0, quake()).toBuilder().entities(List.of(sarin)).tags(List.of()).build(), true);
      index.indexStory(StoryFixtures.story("s4", "Union votes", Category.WORLD, T0, quake()).toBuilder().entities(List.of(sarin, union)).build(), true);
      index.indexArticle("a1", "s1");
      index.commit();

      List<String> names = List.of("Port Sarin", "mara velt", "Harbour Union");
      assertThat(index.storiesNaming(names, 2, 10)).as("unpublished stories count; one shared name is not enough").containsExactlyInAnyOrder("s1", "s2", "s4");
      assertThat(index.storiesNaming(names, 2, 10)).first().isEqualTo("s1");
      assertThat(index.storiesNaming(names, 3, 10)).containsExactly("s1");
      assertThat(index.storiesNaming(names, 2, 1)).containsExactly("s1");
      assertThat(index.storiesNaming(List.of("Port Sarin"), 2, 10)).isEmpty();
      assertThat(index.storiesNaming(names, 2, 0)).isEmpty();
      assertThat(index.storiesNaming(List.of("nobody", "nowhere"), 2, 10)).isEmpty();
    }
  }
}
