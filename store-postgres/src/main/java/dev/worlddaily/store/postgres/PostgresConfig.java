package dev.worlddaily.store.postgres;

import java.util.Locale;

/**
 * Settings of the PostgreSQL store.
 *
 * @param url a {@code jdbc:postgresql://host[:port]/database[?...]} URL
 * @param user the role to connect as, or null to take it from the URL (or the driver's default)
 * @param password its password, or null
 * @param poolSize connections kept open: readers share them, writes take one at a time per
 *     process
 * @param writeRetries how often a write transaction that lost a serialization conflict against
 *     another worker is run again before the failure is reported
 */
public record PostgresConfig(String url, String user, String password, int poolSize, int writeRetries) {
  public static final String URL_PREFIX = "jdbc:postgresql:";

  public PostgresConfig {
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException("url must start with " + URL_PREFIX + ": " + url);
    }
    if (poolSize < 2) {
      throw new IllegalArgumentException("poolSize must be >= 2: " + poolSize);
    }
    if (writeRetries < 0) {
      throw new IllegalArgumentException("writeRetries must be >= 0: " + writeRetries);
    }
  }

  /** A URL with the default pool (6 connections) and retries (8). */
  public static PostgresConfig of(String url, String user, String password) {
    return new PostgresConfig(url, user, password, 6, 8);
  }

  /** The URL without its query part, which may carry a password: for messages and logs. */
  public String displayUrl() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  @Override
  public String toString() {
    return "PostgresConfig[" + displayUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
