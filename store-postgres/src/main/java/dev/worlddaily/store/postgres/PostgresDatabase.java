package dev.worlddaily.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.worlddaily.store.Database;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.SqlWork;
import dev.worlddaily.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;

/**
 * PostgreSQL as the system of record, for servers and for several workers sharing one store.
 * Connections come from a HikariCP pool; Flyway migrates the schema on open (the same versions as
 * SQLite, in {@code db/migration/postgresql}).
 *
 * <p>Writes run as SERIALIZABLE transactions, so the {@link Database} promise that writes are
 * serialised holds across processes, not only across the threads of this one: two workers that
 * store the same article or assign articles at once cannot interleave. A transaction that loses
 * a serialization conflict (or a unique-key race) is rolled back and run again, up to {@link
 * PostgresConfig#writeRetries()} times; the work passed in touches only its connection, so a
 * rerun is safe. Within one process writes also queue on a lock, which keeps such conflicts to
 * the cross-process case.
 */
public final class PostgresDatabase implements Database {
  /** serialization_failure, deadlock_detected, unique_violation: another writer won the race. */
  private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "23505");

  private final HikariDataSource pool;
  private final PostgresConfig config;
  private final ReentrantLock writeLock = new ReentrantLock();

  private PostgresDatabase(HikariDataSource pool, PostgresConfig config) {
    this.pool = pool;
    this.config = config;
  }

  /** Connects, migrates the schema and returns the database; fails with the URL (not its password). */
  public static PostgresDatabase open(PostgresConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.url());
    if (config.user() != null) {
      hc.setUsername(config.user());
    }
    if (config.password() != null) {
      hc.setPassword(config.password());
    }
    hc.setMaximumPoolSize(config.poolSize());
    hc.setMinimumIdle(1);
    hc.setPoolName("wdn-postgres");
    hc.setAutoCommit(true);
    // Fail fast with the server's reason instead of waiting for the pool's default 30 s.
    hc.setInitializationFailTimeout(10_000);
    hc.setConnectionTimeout(30_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to " + config.displayUrl(), rootCause(e));
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/postgresql")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException("cannot migrate " + config.displayUrl(), e);
    }
    return new PostgresDatabase(pool, config);
  }

  /** Opens the store on PostgreSQL. */
  public static JdbcStore openStore(PostgresConfig config, Clock clock) {
    return new JdbcStore(open(config), clock);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("read failed on " + config.displayUrl(), e);
    }
  }

  @Override
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      for (int attempt = 0; ; attempt++) {
        try {
          return writeOnce(work);
        } catch (SQLException e) {
          if (attempt >= config.writeRetries() || !RETRYABLE.contains(e.getSQLState())) {
            throw new StoreException("write failed on " + config.displayUrl(), e);
          }
          backOff(attempt);
        }
      }
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T writeOnce(SqlWork<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      } finally {
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setAutoCommit(true);
      }
    }
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L << attempt) + java.util.concurrent.ThreadLocalRandom.current().nextInt(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted retrying a write", e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
