package dev.worlddaily.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * SQLite in WAL mode: one writer connection used under a lock (SQLite has a single writer
 * anyway) and a small pool of reader connections, which WAL lets run beside the writer.
 * Flyway migrates the schema on open.
 *
 * <p>Checkpoints (copying the WAL's pages into the database file and syncing it) run on a
 * thread of their own with its own connection, not in whichever commit fills the WAL: in the
 * million-article run commits were 40 % of SQLite's time, on the one thread that stores and
 * clusters (docs/BENCHMARKS.md). A passive checkpoint never waits for readers or blocks the
 * writer; when readers kept it from catching up and the WAL passed {@link #WAL_RESTART_FRAMES}
 * pages, one checkpoint waits for them so that the WAL starts over.
 */
public final class SqliteDatabase implements Database {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
  /** How long the checkpointer waits for more commits before it checkpoints what it has. */
  private static final long CHECKPOINT_DELAY_MS = 200;
  /** WAL frames (pages) past which a checkpoint waits for readers (RESTART) instead of skipping their pages. */
  static final long WAL_RESTART_FRAMES = 65_536;
  /** The writer connection's page cache, in KiB. */
  private static final int WRITER_CACHE_KIB = 64 * 1024;

  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  /** Writes open on the writer thread: 0 outside, 1 in a transaction, more in savepoints. Guarded by writeLock. */
  private int depth;
  private final BlockingQueue<Connection> readers;
  private final List<Connection> all = new ArrayList<>();
  private final String url;
  private final Connection checkpointConnection;
  private final ReentrantLock checkpointLock = new ReentrantLock();
  private final Condition committed = checkpointLock.newCondition();
  /** Commits since the last checkpoint, and whether the database is closing. Guarded by checkpointLock. */
  private long uncheckpointed;
  private boolean closing;
  /** Frames in the WAL after the last checkpoint (read by the checkpointer thread only). */
  private long walFrames;
  private final Thread checkpointer;

  private SqliteDatabase(String url, int readerCount) throws SQLException {
    this.url = url;
    this.writer = connect(false);
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA wal_autocheckpoint = 0");
      // The writer walks every index of a growing file: keep their inner pages (SQLite's default
      // cache is 2 MiB, a few thousand pages short of a million articles' indexes).
      s.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
    }
    all.add(writer);
    this.checkpointConnection = connect(false);
    checkpointConnection.setAutoCommit(true);
    all.add(checkpointConnection);
    this.readers = new ArrayBlockingQueue<>(readerCount);
    for (int i = 0; i < readerCount; i++) {
      Connection c = connect(true);
      readers.add(c);
      all.add(c);
    }
    checkpointer = new Thread(this::checkpointLoop, "sqlite-checkpoint");
    checkpointer.setDaemon(true);
    checkpointer.start();
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
    if (writeLock.isHeldByCurrentThread()) {
      // Inside a write (or writes together) on this thread: read what they wrote, not the last commit.
      try {
        return work.run(writer);
      } catch (SQLException e) {
        throw new StoreException("read failed", e);
      }
    }
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
      return depth == 0 ? writeAlone(work) : writeInside(work);
    } finally {
      writeLock.unlock();
    }
  }

  /** A write in its own transaction, committed when the work returns. */
  private <T> T writeAlone(SqlWork<T> work) {
    depth = 1;
    try {
      T result = work.run(writer);
      writer.commit();
      noteCommit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw asRuntime(e);
    } finally {
      depth = 0;
    }
  }

  /** A write inside an open transaction: a savepoint, rolled back alone when the work throws. */
  private <T> T writeInside(SqlWork<T> work) {
    Savepoint savepoint;
    try {
      savepoint = writer.setSavepoint();
    } catch (SQLException e) {
      throw new StoreException("write failed", e);
    }
    depth++;
    try {
      T result = work.run(writer);
      writer.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        writer.rollback(savepoint);
        writer.releaseSavepoint(savepoint);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw asRuntime(e);
    } finally {
      depth--;
    }
  }

  private static RuntimeException asRuntime(Exception e) {
    return e instanceof RuntimeException re ? re : new StoreException("write failed", e);
  }

  @Override
  public <T> T together(Supplier<T> work) {
    writeLock.lock();
    try {
      if (depth > 0) {
        return work.get();
      }
      depth = 1;
      try {
        return work.get();
      } finally {
        depth = 0;
        // Each write inside was whole (a failed one rolled back to its savepoint): keep them all.
        try {
          writer.commit();
          noteCommit();
        } catch (SQLException e) {
          try {
            writer.rollback();
          } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
          }
          throw new StoreException("commit of writes made together failed", e);
        }
      }
    } finally {
      writeLock.unlock();
    }
  }

  private void noteCommit() {
    checkpointLock.lock();
    try {
      uncheckpointed++;
      committed.signal();
    } finally {
      checkpointLock.unlock();
    }
  }

  private void checkpointLoop() {
    while (true) {
      checkpointLock.lock();
      try {
        while (uncheckpointed == 0 && !closing) {
          committed.await();
        }
        if (closing) {
          return;
        }
        // Let a few commits gather: one checkpoint (and one sync) for them all.
        committed.await(CHECKPOINT_DELAY_MS, TimeUnit.MILLISECONDS);
        if (closing) {
          return;
        }
        uncheckpointed = 0;
      } catch (InterruptedException e) {
        return;
      } finally {
        checkpointLock.unlock();
      }
      try {
        walFrames = checkpoint(walFrames > WAL_RESTART_FRAMES ? "RESTART" : "PASSIVE");
      } catch (SQLException | RuntimeException e) {
        // The next commit tries again; the WAL keeps every committed page meanwhile.
        LOG.warn("checkpoint of {} failed: {}", url, e.toString());
      }
    }
  }

  /**
   * Runs a checkpoint of the given mode on the checkpointer's connection; returns the WAL's
   * length in frames as SQLite reports it, which keeps growing while readers keep the WAL from
   * starting over.
   */
  long checkpoint(String mode) throws SQLException {
    try (Statement s = checkpointConnection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
      return rs.next() ? Math.max(0, rs.getLong(2)) : 0;
    }
  }

  @Override
  public void close() {
    checkpointLock.lock();
    try {
      closing = true;
      committed.signalAll();
    } finally {
      checkpointLock.unlock();
    }
    try {
      checkpointer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
