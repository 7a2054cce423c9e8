package dev.worlddaily.queue.kafka;

/** An infrastructure failure talking to Kafka, with the operation and topic. */
public final class QueueException extends RuntimeException {
  public QueueException(String operation, Throwable cause) {
    super(operation + ": " + cause.getMessage(), cause);
  }
}
