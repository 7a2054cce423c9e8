package dev.worlddaily.store;

import static dev.worlddaily.store.StoryFixtures.COURIER;
import static dev.worlddaily.store.StoryFixtures.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.FeedKind;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.postgres.DatabaseCopy;
import dev.worlddaily.store.postgres.PostgresConfig;
import dev.worlddaily.store.postgres.PostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite store copied into PostgreSQL reads back the same through the Store interface. */
class DatabaseCopyTest {
  static final java.time.Instant T0 = java.time.Instant.parse("2026-11-17T08:00:00Z");
  @TempDir Path dir;

  @Test
  void everyRecordArrivesAndASecondCopyIsRefused() throws Exception {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "a", "A", "Port Sarin shook. Homes fell.", T0);
    AnnotatedArticle b = StoryFixtures.article(COURIER, "b", "B", "Port Sarin shook again. More fell.", T0.plusSeconds(60));
    AnnotatedArticle c = StoryFixtures.article(COURIER, "c", "C", "Port Sarin counts damage. It is large.", T0.plusSeconds(120));
    Feed feed = new Feed(null, "https://harbourledger.example/feed.xml", "Ledger", LEDGER, FeedKind.RSS, Duration.ofMinutes(15), true);
    SqliteDatabase lite = SqliteDatabase.open(dir.resolve("wdn.db"), 2);
    try (Store source = new JdbcStore(lite, Clock.systemUTC())) {
      source.saveFeed(feed);
      source.saveFeedHealth(new FeedHealth(feed.id(), T0, T0, null, null, 0, 12.5, "\"e1\"", null, T0.plusSeconds(900)));
      source.saveCrawled(List.of(new CrawledUrl("https://harbourledger.example/news/a", a.id(), T0, T0, null)));
      for (AnnotatedArticle x : List.of(a, b, c)) {
        source.saveArticle(x);
      }
      source.assign(a.id(), "s1");
      source.assign(b.id(), "s1");
      source.assign(c.id(), "s2");
      source.saveStory(StoryFixtures.story("s1", "Quake", Category.WORLD, T0, a, b), true);
      Story s1v2 = StoryFixtures.story("s1", "Quake in Port Sarin", Category.WORLD, T0.plusSeconds(60), a, b).toBuilder().version(2).build();
      source.saveStory(s1v2, true);
      source.saveStory(StoryFixtures.story("s2", "Damage", Category.WORLD, T0, c), false);
      source.recordMerge("s2", "s1", T0.plusSeconds(300));

      try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
        PostgresConfig config = PostgresConfig.of(server.getJdbcUrl("postgres", "postgres"), null, null);
        AtomicLong lastProgress = new AtomicLong();
        try (PostgresDatabase pg = PostgresDatabase.open(config)) {
          DatabaseCopy.Report report = DatabaseCopy.copy(lite, pg, (done, total) -> lastProgress.set(done));
          assertThat(report.rows()).containsEntry("articles", 3L).containsEntry("story_versions", 3L).containsEntry("story_merges", 1L);
          assertThat(lastProgress.get()).isEqualTo(report.total());
          assertThatThrownBy(() -> DatabaseCopy.copy(lite, pg, Progress.NONE))
              .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds data");
        }
        try (Store target = PostgresDatabase.openStore(config, Clock.systemUTC())) {
          assertThat(target.feeds()).containsExactly(feed);
          assertThat(target.feedHealth(feed.id())).isEqualTo(source.feedHealth(feed.id()));
          assertThat(target.crawledUrl("https://harbourledger.example/news/a")).isEqualTo(source.crawledUrl("https://harbourledger.example/news/a"));
          assertThat(target.outlets()).isEqualTo(source.outlets());
          for (AnnotatedArticle x : List.of(a, b, c)) {
            AnnotatedArticle back = target.annotatedArticle(x.id()).orElseThrow();
            assertThat(back.article()).isEqualTo(x.article());
            assertThat(back.annotations().embedding()).containsExactly(x.annotations().embedding());
            assertThat(target.revisions(x.id())).isEqualTo(source.revisions(x.id()));
          }
          assertThat(target.articleIdsOf("s1")).containsExactly(a.id(), b.id(), c.id());
          assertThat(target.story("s2")).isEqualTo(source.story("s2")).get().extracting(Story::id).isEqualTo("s1");
          assertThat(target.storyVersion("s1", 1)).isEqualTo(source.storyVersion("s1", 1)).isPresent();
          assertThat(target.stories(StoryQuery.latest(10).withUnpublished(true))).isEqualTo(source.stories(StoryQuery.latest(10).withUnpublished(true)));
          // Assignment order goes on from the copied sequence.
          AnnotatedArticle d = StoryFixtures.article(LEDGER, "d", "D", "Port Sarin rebuilds. Soon.", T0.plusSeconds(600));
          target.saveArticle(d);
          target.assign(d.id(), "s1");
          assertThat(target.articleIdsOf("s1")).containsExactly(a.id(), b.id(), c.id(), d.id());
        }
      }
    }
  }
}
