package dev.worlddaily.store;

/** An infrastructure failure of the store (I/O, SQL), with the operation that failed. */
public final class StoreException extends RuntimeException {
  public StoreException(String operation, Throwable cause) {
    super(operation + ": " + cause.getMessage(), cause);
  }
}
