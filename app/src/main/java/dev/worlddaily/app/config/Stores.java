package dev.worlddaily.app.config;

import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.Database;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.SqliteDatabase;
import dev.worlddaily.store.postgres.PostgresConfig;
import dev.worlddaily.store.postgres.PostgresDatabase;
import java.time.Clock;

/** Opens the store the configuration names: the same {@link JdbcStore} over either database. */
public final class Stores {
  private static final int SQLITE_READERS = 4;
  private static final int POSTGRES_WRITE_RETRIES = 8;

  private Stores() {}

  public static JdbcStore open(StoreConfig config, DataDirectory data, Clock clock) {
    return new JdbcStore(database(config, data), clock);
  }

  /** The database alone, for tools that work on tables (wdn migrate). */
  public static Database database(StoreConfig config, DataDirectory data) {
    return config.isPostgres() ? PostgresDatabase.open(postgres(config)) : SqliteDatabase.open(data.database(), SQLITE_READERS);
  }

  public static PostgresConfig postgres(StoreConfig config) {
    return new PostgresConfig(config.url(), config.user(), config.password(), config.poolSize(), POSTGRES_WRITE_RETRIES);
  }
}
