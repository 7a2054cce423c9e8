package dev.worlddaily.queue.kafka;

import java.time.Duration;

/**
 * Settings of the Kafka adapters.
 *
 * @param bootstrapServers {@code host:port[,host:port...]} of the Kafka cluster
 * @param clientId names this worker in the broker's logs and metrics
 * @param groupId the consumer group: workers of one stage share it, so each record goes to one
 *     of them
 * @param pollTimeout how long one poll waits for records
 * @param maxBatch records handed to the stage at most per batch
 */
public record KafkaQueueConfig(String bootstrapServers, String clientId, String groupId, Duration pollTimeout, int maxBatch) {
  public KafkaQueueConfig {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("bootstrapServers must name at least one broker: " + bootstrapServers);
    }
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be empty");
    }
    if (pollTimeout == null || pollTimeout.isNegative() || pollTimeout.isZero()) {
      throw new IllegalArgumentException("pollTimeout must be > 0: " + pollTimeout);
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be >= 1: " + maxBatch);
    }
  }

  public static KafkaQueueConfig of(String bootstrapServers, String clientId, String groupId) {
    return new KafkaQueueConfig(bootstrapServers, clientId, groupId, Duration.ofMillis(500), 64);
  }
}
