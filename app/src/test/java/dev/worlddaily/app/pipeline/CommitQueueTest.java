package dev.worlddaily.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.worlddaily.cluster.ClusterConfig;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Progress;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.LuceneSearchIndex;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-stage processing: batches prepared ahead of their commit, on the sample corpus. */
class CommitQueueTest {
  @TempDir Path dir;
  static CompositeEnricher enricher;

  @BeforeAll
  static void load() {
    enricher = new CompositeEnricher(EnrichConfig.defaults());
  }

  @AfterAll
  static void close() {
    enricher.close();
  }

  private interface Work {
    void run(StoryPipeline pipeline, JdbcStore store) throws Exception;
  }

  private void withPipeline(String name, Work work) throws Exception {
    DataDirectory data = DataDirectory.open(Files.createDirectories(dir.resolve(name)));
    try (JdbcStore store = JdbcStore.openSqlite(data, Clock.systemUTC());
        LuceneSearchIndex index = LuceneSearchIndex.open(data.index())) {
      StoryPipeline pipeline = new StoryPipeline(store, index, enricher, new OnlineStoryClusterer(ClusterConfig.defaults()),
          new ExtractiveSynthesizer(SynthesisConfig.defaults()), PipelineConfig.defaults().withMinOutlets(2), Clock.systemUTC());
      work.run(pipeline, store);
    }
  }

  private static Map<String, String> storyOf(JdbcStore store, List<Article> articles) {
    Map<String, String> out = new TreeMap<>();
    articles.forEach(a -> out.put(a.id(), store.storyIdOf(a.id()).orElseThrow()));
    return out;
  }

  @Test
  void anArticlePreparedInTwoBatchesIsStoredOnceAndStoriesMatchOneByOne() throws Exception {
    List<Article> articles = StoryPipelineTest.articles();
    int half = articles.size() / 2;
    List<Article> first = articles.subList(0, half + 3);
    // The second batch also holds a print view of the first batch's first article (another URL).
    List<Article> second = new ArrayList<>(articles.subList(half, articles.size()));
    Article original = first.get(0);
    second.add(original.toBuilder().id(null).url(original.url() + "?view=print").canonicalUrl(null).build());
    Map<String, String> sequential = new TreeMap<>();
    withPipeline("sequential", (pipeline, store) -> {
      pipeline.process(first, Progress.NONE);
      pipeline.process(second, Progress.NONE);
      sequential.putAll(storyOf(store, articles));
    });
    withPipeline("ahead", (pipeline, store) -> {
      PreparedBatch a = pipeline.prepare(first);
      PreparedBatch b = pipeline.prepare(second);
      assertThat(b.enriched()).hasSize(second.size());
      BatchReport ra = pipeline.commit(a, Progress.NONE);
      BatchReport rb = pipeline.commit(b, Progress.NONE);
      assertThat(ra.insertedCount()).isEqualTo(first.size());
      // The three articles of both batches were stored by the first commit: unchanged now.
      assertThat(rb.insertedCount()).isEqualTo(second.size() - 4);
      assertThat(rb.unchangedCount()).isEqualTo(3);
      assertThat(rb.rejected()).singleElement().asString().contains("same content as stored article " + original.id());
      assertThat(store.articleCount()).isEqualTo(articles.size());
      assertThat(storyOf(store, articles)).isEqualTo(sequential);
    });
  }

  @Test
  void commitsRunInOrderAfterTheirPreparationAndFailuresReachTheCaller() throws Exception {
    List<Article> articles = StoryPipelineTest.articles();
    withPipeline("queue", (pipeline, store) -> {
      List<String> done = new CopyOnWriteArrayList<>();
      List<List<Article>> batches = new ArrayList<>();
      for (int from = 0; from < articles.size(); from += 7) {
        batches.add(articles.subList(from, Math.min(articles.size(), from + 7)));
      }
      try (CommitQueue queue = new CommitQueue(pipeline, true)) {
        for (int i = 0; i < batches.size(); i++) {
          int n = i;
          queue.submit(batches.get(i), report -> {
            assertThat(Thread.currentThread().getName()).isEqualTo("pipeline-commit");
            done.add("batch " + n + ": " + report.insertedCount());
          });
        }
        queue.drain();
        assertThat(done).hasSize(batches.size());
        for (int i = 0; i < batches.size(); i++) {
          assertThat(done.get(i)).isEqualTo("batch " + i + ": " + batches.get(i).size());
        }
        queue.submit(articles.subList(0, 1), report -> {
          throw new IllegalStateException("feed health could not be saved");
        });
        assertThatThrownBy(queue::drain).isInstanceOf(IllegalStateException.class).hasMessage("feed health could not be saved");
      }
      assertThat(store.articleCount()).isEqualTo(articles.size());
    });
  }
}
