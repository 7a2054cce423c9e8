package dev.worlddaily.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * SQLite in WAL mode: one writer connection used under a lock (SQLite has a single writer
 * anyway) and a small pool of reader connections, which WAL lets run beside the writer.
 * Flyway migrates the schema on open.
 */
public final class SqliteDatabase implements Database {
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final BlockingQueue<Connection> readers;
  private final List<Connection> all = new ArrayList<>();
  private final String url;

  private SqliteDatabase(String url, int readerCount) throws SQLException {
    this.url = url;
    this.writer = connect(false);
    this.readers = new ArrayBlockingQueue<>(readerCount);
    all.add(writer);
    for (int i = 0; i < readerCount; i++) {
      Connection c = connect(true);
      readers.add(c);
      all.add(c);
    }
  }

  /** Opens (creating if needed) and migrates the database file. */
  public static SqliteDatabase open(Path file, int readerCount) {
    if (readerCount < 1) {
      throw new IllegalArgumentException("readerCount must be >= 1: " + readerCount);
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration/sqlite")
          .loggers("slf4j")
          .load()
          .migrate();
      return new SqliteDatabase(url, readerCount);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("cannot open database " + file, e);
    }
  }

  private Connection connect(boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL is durable against a killed process in WAL mode; FULL only adds power-loss safety.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setReadOnly(readOnly);
    Connection c = config.createConnection(url);
    c.setAutoCommit(!readOnly ? false : true);
    return c;
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted waiting for a connection", e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("read failed", e);
    } finally {
      readers.add(c);
    }
  }

  @Override
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      T result = work.run(writer);
      writer.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new StoreException("write failed", e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      for (Connection c : all) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing is best effort; the WAL is consistent after every commit
        }
      }
    } finally {
      writeLock.unlock();
    }
  }
}
