package dev.worlddaily.queue.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The producer side between two stages: a stage hands its output here instead of to the next
 * stage. The producer is idempotent with {@code acks=all}, so a retried send is not duplicated
 * and a returned {@link #publishAll} means every record is on the broker; records with the same
 * key keep their order.
 */
public final class KafkaStagePublisher<T> implements AutoCloseable {
  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final JsonRecordCodec<T> codec;
  private final Function<T, String> key;

  /**
   * @param key the record key of a value: it picks the partition, and so what stays in order
   */
  public KafkaStagePublisher(KafkaQueueConfig config, String topic, Class<T> type, Function<T, String> key) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    p.put(ProducerConfig.CLIENT_ID_CONFIG, config.clientId());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
    this.topic = topic;
    this.codec = new JsonRecordCodec<>(type);
    this.key = key;
  }

  /** Sends values and waits until the broker has every one of them. */
  public List<RecordMetadata> publishAll(List<T> values) {
    List<Future<RecordMetadata>> sent = new ArrayList<>(values.size());
    for (T v : values) {
      sent.add(producer.send(new ProducerRecord<>(topic, key.apply(v).getBytes(StandardCharsets.UTF_8), codec.encode(v))));
    }
    producer.flush();
    List<RecordMetadata> out = new ArrayList<>(sent.size());
    for (Future<RecordMetadata> f : sent) {
      out.add(await(f));
    }
    return out;
  }

  private RecordMetadata await(Future<RecordMetadata> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QueueException("interrupted publishing to " + topic, e);
    } catch (ExecutionException e) {
      throw new QueueException("cannot publish to " + topic, e.getCause());
    }
  }

  public String topic() {
    return topic;
  }

  @Override
  public void close() {
    producer.close();
  }
}
