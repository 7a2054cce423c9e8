package dev.worlddaily.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SqliteStoreTest extends StoreContractTest {
  @Override
  Store open(Path dir) {
    return JdbcStore.openSqlite(DataDirectory.open(dir), Clock.systemUTC());
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
