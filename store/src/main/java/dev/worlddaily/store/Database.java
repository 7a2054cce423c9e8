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

  @Override
  void close();
}
