package dev.worlddaily.store;

/**
 * Connections to the system of record: reads may run concurrently, writes are serialised and
 * run in a transaction.
 */
public interface Database extends AutoCloseable {
  /** Runs read-only work on a pooled connection. */
  <T> T read(SqlWork<T> work);

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T write(SqlWork<T> work);

  /**
   * Runs work whose {@link #write}s on this thread may share one transaction, committed when the
   * work ends (returning or throwing); a write inside that throws is rolled back alone. Reads on
   * this thread inside see those writes. The default runs each write in its own transaction.
   */
  default <T> T together(java.util.function.Supplier<T> work) {
    return work.get();
  }

  @Override
  void close();
}
