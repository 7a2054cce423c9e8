package dev.worlddaily.app.config;

import java.util.Locale;

/**
 * Which store holds the system of record: by default the data directory's SQLite file; with
 * {@code store.url=jdbc:postgresql://host/db} a PostgreSQL server (see docs/SCALE.md). The data
 * directory keeps the configuration and the search index either way.
 *
 * @param url empty for the data directory's SQLite, else a {@code jdbc:postgresql:} URL
 * @param user PostgreSQL role, or empty to take it from the URL
 * @param password its password (better given as the environment variable WDN_STORE_PASSWORD)
 * @param poolSize PostgreSQL connections kept open
 */
public record StoreConfig(String url, String user, String password, int poolSize) {
  public static final String POSTGRES_PREFIX = "jdbc:postgresql:";

  public StoreConfig {
    if (url != null && !url.isBlank() && !url.toLowerCase(Locale.ROOT).startsWith(POSTGRES_PREFIX)) {
      throw new IllegalArgumentException("url must be empty (SQLite in the data directory) or start with " + POSTGRES_PREFIX + ": " + url);
    }
    if (poolSize < 2) {
      throw new IllegalArgumentException("poolSize must be >= 2: " + poolSize);
    }
  }

  public static StoreConfig defaults() {
    return new StoreConfig(null, null, null, 6);
  }

  public boolean isPostgres() {
    return url != null && !url.isBlank();
  }

  public StoreConfig withUrl(String newUrl) {
    return new StoreConfig(newUrl, user, password, poolSize);
  }

  @Override
  public String toString() {
    return "StoreConfig[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
