package dev.worlddaily.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
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
}
