package dev.worlddaily.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class SqliteStoreTest extends StoreContractTest {
  @Override
  Store open(Path dir) {
    return JdbcStore.openSqlite(DataDirectory.open(dir), Clock.systemUTC());
  }

  @Override
  void refuseStory(Path dir, String storyId) throws Exception {
    if (!storyId.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a plain test id, please: " + storyId);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + DataDirectory.open(dir).database().toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER refuse_story BEFORE INSERT ON stories WHEN NEW.id = '" + storyId
          + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    }
  }

  @Test
  void committedPagesReachTheDatabaseFileWithoutAnyoneClosingIt() throws Exception {
    Path file = dir.resolve("checkpoints.db");
    try (SqliteDatabase db = SqliteDatabase.open(file, 1)) {
      db.write(c -> c.createStatement().executeUpdate("CREATE TABLE blobs (id INTEGER PRIMARY KEY, b BLOB)"));
      long before = java.nio.file.Files.size(file);
      byte[] blob = new byte[64 * 1024];
      new java.util.Random(7).nextBytes(blob);
      for (int i = 0; i < 80; i++) {
        db.write(c -> {
          try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO blobs (b) VALUES (?)")) {
            ps.setBytes(1, blob);
            return ps.executeUpdate();
          }
        });
      }
      // The writer does not checkpoint; the checkpointer thread copies the WAL's pages soon after.
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
      while (java.nio.file.Files.size(file) < before + 80L * blob.length && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(java.nio.file.Files.size(file)).isGreaterThanOrEqualTo(before + 80L * blob.length);
      int rows = db.read(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM blobs")) {
          rs.next();
          return rs.getInt(1);
        }
      });
      assertThat(rows).isEqualTo(80);
    }
  }

  @Test
  void aWriteInsideAnotherIsASavepointThatFailsAlone() {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("nested.db"), 1)) {
      db.write(c -> c.createStatement().executeUpdate("CREATE TABLE t (v TEXT NOT NULL)"));
      int seen = db.write(c -> {
        c.createStatement().executeUpdate("INSERT INTO t VALUES ('outer')");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(inner -> {
          inner.createStatement().executeUpdate("INSERT INTO t VALUES ('inner')");
          return inner.createStatement().executeUpdate("INSERT INTO t VALUES (NULL)");
        })).isInstanceOf(StoreException.class);
        // A read on the writing thread sees the outer write, not the undone inner one.
        return db.read(r -> {
          try (ResultSet rs = r.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
          }
        });
      });
      assertThat(seen).isEqualTo(1);
      String kept = db.read(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT group_concat(v) FROM t")) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(kept).isEqualTo("outer");
    }
  }

  @Test
  void databaseRunsInWalMode() {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("wal-check.db"), 1)) {
      String mode = db.read(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(mode).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void historyWrittenBeforePackingStaysReadableAndLosesItsCopies() throws SQLException {
    // Rows as a store before V2_12 wrote them: a story version and the current revision with
    // their full JSON. The JSON comes from today's store, so only the row layout is old.
    Instant t0 = Instant.parse("2026-11-17T08:00:00Z");
    AnnotatedArticle a = StoryFixtures.article(StoryFixtures.LEDGER, "old", "Old quake report", "Port Sarin shook at dawn. Ten homes fell.", t0);
    Story v1 = StoryFixtures.story("old-story", "Port Sarin shakes", Category.WORLD, t0, a);
    String articleJson;
    String storyJson;
    try (JdbcStore today = JdbcStore.openSqlite(DataDirectory.open(dir.resolve("today")), Clock.systemUTC())) {
      today.saveArticle(a);
      today.saveStory(v1, true);
    }
    String todayUrl = "jdbc:sqlite:" + dir.resolve("today").resolve("wdn.db").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(todayUrl); ResultSet rs = c.createStatement().executeQuery(
        "SELECT a.data, s.data FROM articles a, stories s")) {
      rs.next();
      articleJson = rs.getString(1);
      storyJson = rs.getString(2);
    }
    Path old = dir.resolve("old");
    DataDirectory data = DataDirectory.open(old);
    String url = "jdbc:sqlite:" + data.database().toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("2.11").load().migrate();
    try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
      st.executeUpdate("INSERT INTO articles (id, canonical_url, outlet_domain, time_key, content_hash, revision, first_seen, data, annotations)"
          + " VALUES ('" + a.id() + "', '" + a.article().canonicalUrl() + "', 'harbourledger.example', 0, '" + a.article().contentHash()
          + "', 1, '" + t0 + "', '" + articleJson.replace("'", "''") + "', '{}')");
      st.executeUpdate("INSERT INTO article_revisions (article_id, revision, content_hash, data) VALUES ('" + a.id() + "', 1, '"
          + a.article().contentHash() + "', '" + articleJson.replace("'", "''") + "')");
      st.executeUpdate("INSERT INTO story_versions (story_id, version, at, data) VALUES ('old-story', 1, '" + t0 + "', '"
          + storyJson.replace("'", "''") + "')");
    }
    try (JdbcStore migrated = JdbcStore.openSqlite(data, Clock.systemUTC())) {
      assertThat(migrated.storyVersion("old-story", 1)).contains(v1);
      assertThat(migrated.articleAtRevision(a.id(), 1)).get().extracting(Article::text).isEqualTo(a.article().text());
      Story v2 = v1.toBuilder().version(2).headline("Port Sarin shakes again").build();
      migrated.saveStory(v2, true);
      assertThat(migrated.storyVersion("old-story", 2)).contains(v2);
      assertThat(migrated.storyVersion("old-story", 1)).contains(v1);
    }
    try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(
        "SELECT (SELECT COUNT(*) FROM article_revisions WHERE data IS NULL), (SELECT COUNT(*) FROM story_versions WHERE packed IS NULL),"
            + " (SELECT COUNT(*) FROM story_versions WHERE packed IS NOT NULL AND data IS NULL)")) {
      rs.next();
      assertThat(rs.getInt(3)).as("a new version is kept packed").isEqualTo(1);
      assertThat(rs.getInt(1)).as("the current revision's copy of articles.data is dropped").isEqualTo(1);
      assertThat(rs.getInt(2)).as("an old version keeps its plain JSON").isEqualTo(1);
    }
  }
}
