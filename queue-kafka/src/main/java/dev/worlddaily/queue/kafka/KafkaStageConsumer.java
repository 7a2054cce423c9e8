package dev.worlddaily.queue.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer side between two stages: one worker of a stage, in the stage's consumer group,
 * takes batches of records and hands them to the stage. Offsets are committed only after the
 * stage returned, so a worker that dies mid-batch loses nothing: the batch goes to the next
 * worker of the group (at-least-once; the stages are idempotent: a stored article with the same
 * content is UNCHANGED, a story is written afresh from its articles). A record that does not
 * decode is reported as {@link Rejected} and skipped, never a reason to stop. Not thread-safe:
 * one consumer per worker thread, as Kafka's own consumer.
 */
public final class KafkaStageConsumer<T> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaStageConsumer.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  /** One decoded record. */
  public record Delivery<T>(String key, T value, int partition, long offset) {}

  /** A record that could not be read, with the reason in one line. */
  public record Rejected(String topic, int partition, long offset, String reason) {
    public String describe() {
      return topic + "/" + partition + "@" + offset + ": skipped: " + reason;
    }
  }

  /** The stage: gets each batch; returning commits it, throwing has it delivered again. */
  @FunctionalInterface
  public interface BatchHandler<T> {
    void handle(List<Delivery<T>> batch) throws Exception;
  }

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final KafkaQueueConfig config;
  private final String topic;
  private final JsonRecordCodec<T> codec;
  private final Consumer<Rejected> rejected;

  public KafkaStageConsumer(KafkaQueueConfig config, String topic, Class<T> type, Consumer<Rejected> rejected) {
    if (config.groupId() == null || config.groupId().isBlank()) {
      throw new IllegalArgumentException("a stage consumer needs a groupId");
    }
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.clientId());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    // The broker-driven group protocol (KIP-848): a worker joining or leaving moves only the
    // partitions that change hands, without stopping the whole group as the classic one does.
    p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxBatch());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    this.consumer = new KafkaConsumer<>(p);
    this.consumer.subscribe(List.of(topic));
    this.config = config;
    this.topic = topic;
    this.codec = new JsonRecordCodec<>(type);
    this.rejected = rejected;
  }

  /**
   * Polls once and hands what arrived to the stage; returns how many records were consumed
   * (handled or rejected). When the stage throws, nothing of the batch is committed, the
   * consumer goes back to the batch's first records, and the exception is rethrown.
   */
  public int pollOnce(BatchHandler<T> handler) {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(config.pollTimeout());
    if (records.isEmpty()) {
      return 0;
    }
    List<Delivery<T>> batch = new ArrayList<>(records.count());
    Map<TopicPartition, Long> first = new HashMap<>();
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      TopicPartition tp = new TopicPartition(r.topic(), r.partition());
      first.putIfAbsent(tp, r.offset());
      next.put(tp, new OffsetAndMetadata(r.offset() + 1));
      try {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        batch.add(new Delivery<>(key, codec.decode(r.value()), r.partition(), r.offset()));
      } catch (java.io.IOException | RuntimeException e) {
        Rejected bad = new Rejected(r.topic(), r.partition(), r.offset(), oneLine(e));
        LOG.warn("{}", bad.describe());
        rejected.accept(bad);
      }
    }
    try {
      if (!batch.isEmpty()) {
        handler.handle(batch);
      }
    } catch (Exception e) {
      first.forEach((tp, offset) -> consumer.seek(tp, offset));
      throw new QueueException("stage failed on a batch of " + batch.size() + " from " + topic + " (it will be delivered again)", e);
    }
    consumer.commitSync(next);
    return records.count();
  }

  /**
   * Polls and handles batches until {@code stop} says so or {@link #wakeup} is called; a failed
   * batch is retried after a pause (the stage's failures are infrastructure: a store that is
   * down, not a bad article, which the stage records as data).
   */
  public void run(BatchHandler<T> handler, BooleanSupplier stop) {
    while (!stop.getAsBoolean()) {
      try {
        pollOnce(handler);
      } catch (WakeupException e) {
        return;
      } catch (QueueException e) {
        LOG.warn("{}", e.getMessage());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Makes a blocked {@link #run} return; the one method that may be called from another thread. */
  public void wakeup() {
    consumer.wakeup();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
