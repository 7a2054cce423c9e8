package dev.worlddaily.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapters against a real broker: delivery across workers, redelivery, bad records, order. */
class KafkaStageAdaptersTest {
  static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");
  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static InProcessKafka kafka;
  static final AtomicInteger TOPICS = new AtomicInteger();

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = InProcessKafka.start();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  static String newTopic(int partitions) throws Exception {
    String name = "test-" + TOPICS.incrementAndGet();
    kafka.createTopic(name, partitions);
    return name;
  }

  static KafkaQueueConfig config(String client, String group) {
    return KafkaQueueConfig.of(kafka.bootstrapServers(), client, group);
  }

  /** A small fictional article (text written for this test). */
  static Article article(int i) {
    return Article.builder()
        .url("https://harbourledger.example/news/" + i)
        .outlet(LEDGER)
        .title("Harbour report " + i)
        .published(T0.plusSeconds(i))
        .fetched(T0.plusSeconds(i + 60))
        .blocks(List.of("Port Sarin harbour report number " + i + ". The ferries ran late."), null)
        .build();
  }

  static <T> List<KafkaStageConsumer.Delivery<T>> drain(KafkaStageConsumer<T> consumer, int expected) {
    List<KafkaStageConsumer.Delivery<T>> got = new ArrayList<>();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (got.size() < expected && System.nanoTime() < deadline) {
      consumer.pollOnce(got::addAll);
    }
    return got;
  }

  static final Consumer<KafkaStageConsumer.Rejected> NO_REJECTS = r -> {
    throw new AssertionError("unexpected rejected record: " + r.describe());
  };

  @Test
  void articlesSpreadOverTheWorkersOfAGroupArriveOnceEach() throws Exception {
    String topic = newTopic(4);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      articles.add(article(i));
    }
    try (KafkaStagePublisher<Article> out = new KafkaStagePublisher<>(config("crawler", null), topic, Article.class, Article::id);
        KafkaStageConsumer<Article> w1 = new KafkaStageConsumer<>(config("enrich-1", "enrich"), topic, Article.class, NO_REJECTS);
        KafkaStageConsumer<Article> w2 = new KafkaStageConsumer<>(config("enrich-2", "enrich"), topic, Article.class, NO_REJECTS)) {
      List<RecordMetadata> sent = out.publishAll(articles);
      assertThat(sent).hasSize(40).allSatisfy(m -> assertThat(m.hasOffset()).isTrue());
      List<KafkaStageConsumer.Delivery<Article>> one = new ArrayList<>();
      List<KafkaStageConsumer.Delivery<Article>> two = new ArrayList<>();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (one.size() + two.size() < 40 && System.nanoTime() < deadline) {
        w1.pollOnce(one::addAll);
        w2.pollOnce(two::addAll);
      }
      List<String> ids = new ArrayList<>();
      one.forEach(d -> ids.add(d.value().id()));
      two.forEach(d -> ids.add(d.value().id()));
      assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(articles.stream().map(Article::id).toList());
      assertThat(one.get(0).value()).isEqualTo(articles.stream().filter(a -> a.id().equals(one.get(0).key())).findFirst().orElseThrow());
    }
  }

  @Test
  void enrichedArticlesKeepTheirVectors() throws Exception {
    String topic = newTopic(1);
    Article a = article(1);
    float[] lead = new float[384];
    for (int i = 0; i < lead.length; i++) {
      lead[i] = (float) Math.sin(i) / 10f;
    }
    Annotations ann = new Annotations("en", Category.WORLD, List.of(new TextSpan(0, 10)),
        List.of(new EntityMention(0, 4, "Port", EntityType.PLACE, "Port Sarin")), List.of(), List.of(), List.of(), lead, null);
    AnnotatedArticle sent = new AnnotatedArticle(a, ann);
    try (KafkaStagePublisher<AnnotatedArticle> out = new KafkaStagePublisher<>(config("enrich", null), topic, AnnotatedArticle.class, AnnotatedArticle::id);
        KafkaStageConsumer<AnnotatedArticle> in = new KafkaStageConsumer<>(config("cluster", "cluster"), topic, AnnotatedArticle.class, NO_REJECTS)) {
      out.publishAll(List.of(sent));
      AnnotatedArticle got = drain(in, 1).get(0).value();
      assertThat(got.article()).isEqualTo(a);
      assertThat(got.annotations().embedding()).containsExactly(lead);
      assertThat(got.annotations().entities()).isEqualTo(ann.entities());
    }
  }

  @Test
  void aBatchTheStageFailsOnIsDeliveredAgainAndNothingIsCommitted() throws Exception {
    String topic = newTopic(1);
    try (KafkaStagePublisher<Article> out = new KafkaStagePublisher<>(config("crawler", null), topic, Article.class, Article::id)) {
      out.publishAll(List.of(article(1), article(2), article(3)));
    }
    try (KafkaStageConsumer<Article> first = new KafkaStageConsumer<>(config("w1", "g"), topic, Article.class, NO_REJECTS)) {
      boolean[] failed = {false};
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!failed[0] && System.nanoTime() < deadline) {
        try {
          first.pollOnce(batch -> {
            throw new IllegalStateException("store is down");
          });
        } catch (QueueException e) {
          assertThat(e).hasMessageContaining("delivered again").hasRootCauseMessage("store is down");
          failed[0] = true;
        }
      }
      assertThat(failed[0]).isTrue();
    }
    // The worker died without committing: another worker of the group gets the same records.
    try (KafkaStageConsumer<Article> second = new KafkaStageConsumer<>(config("w2", "g"), topic, Article.class, NO_REJECTS)) {
      assertThat(drain(second, 3)).extracting(d -> d.value().title()).containsExactly("Harbour report 1", "Harbour report 2", "Harbour report 3");
    }
    // Now committed: a third worker finds nothing left.
    try (KafkaStageConsumer<Article> third = new KafkaStageConsumer<>(config("w3", "g"), topic, Article.class, NO_REJECTS)) {
      int seen = 0;
      for (int i = 0; i < 6; i++) {
        seen += third.pollOnce(batch -> {});
      }
      assertThat(seen).isZero();
    }
  }

  @Test
  void aRecordThatDoesNotDecodeIsRejectedInOneLineAndTheRestIsHandled() throws Exception {
    String topic = newTopic(1);
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    p.put("key.serializer", ByteArraySerializer.class.getName());
    p.put("value.serializer", ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(p)) {
      raw.send(new ProducerRecord<>(topic, "bad".getBytes(StandardCharsets.UTF_8), "{\"url\": [not json".getBytes(StandardCharsets.UTF_8))).get();
      raw.send(new ProducerRecord<>(topic, "empty".getBytes(StandardCharsets.UTF_8), null)).get();
    }
    try (KafkaStagePublisher<Article> out = new KafkaStagePublisher<>(config("crawler", null), topic, Article.class, Article::id)) {
      out.publishAll(List.of(article(7)));
    }
    List<KafkaStageConsumer.Rejected> rejected = new ArrayList<>();
    try (KafkaStageConsumer<Article> in = new KafkaStageConsumer<>(config("w", "g"), topic, Article.class, rejected::add)) {
      List<KafkaStageConsumer.Delivery<Article>> got = new ArrayList<>();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (got.isEmpty() && System.nanoTime() < deadline) {
        in.pollOnce(got::addAll);
      }
      assertThat(got).extracting(d -> d.value().title()).containsExactly("Harbour report 7");
    }
    assertThat(rejected).extracting(KafkaStageConsumer.Rejected::offset).containsExactly(0L, 1L);
    assertThat(rejected).allSatisfy(r -> assertThat(r.describe()).startsWith(topic + "/0@").contains("skipped: ").doesNotContain("\n"));
    assertThat(rejected.get(1).reason()).isEqualTo("record has no value");
  }

  @Test
  void theChangesOfOneStoryStayInOrderInOnePartition() throws Exception {
    String topic = newTopic(3);
    List<StoryChange> changes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      changes.add(new StoryChange("s" + (i % 5), List.of("a" + i), List.of(), T0.plusSeconds(i)));
    }
    try (KafkaStagePublisher<StoryChange> out = new KafkaStagePublisher<>(config("cluster", null), topic, StoryChange.class, StoryChange::storyId);
        KafkaStageConsumer<StoryChange> in = new KafkaStageConsumer<>(config("synth", "synth"), topic, StoryChange.class, NO_REJECTS)) {
      List<RecordMetadata> sent = out.publishAll(changes);
      Map<String, Set<Integer>> partitionsOfStory = new TreeMap<>();
      for (int i = 0; i < sent.size(); i++) {
        partitionsOfStory.computeIfAbsent(changes.get(i).storyId(), k -> new HashSet<>()).add(sent.get(i).partition());
      }
      assertThat(partitionsOfStory.values()).allSatisfy(ps -> assertThat(ps).hasSize(1));
      Map<String, List<String>> arrived = new TreeMap<>();
      for (KafkaStageConsumer.Delivery<StoryChange> d : drain(in, 30)) {
        arrived.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d.value().articleIds().get(0));
      }
      for (int s = 0; s < 5; s++) {
        List<String> expected = new ArrayList<>();
        for (int i = s; i < 30; i += 5) {
          expected.add("a" + i);
        }
        assertThat(arrived.get("s" + s)).containsExactlyElementsOf(expected);
      }
    }
  }
}
