package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.app.pipeline.BatchReport;
import dev.worlddaily.app.pipeline.PipelineConfig;
import dev.worlddaily.app.pipeline.StoryPipeline;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.synthesize.StorySynthesizer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's "re-synthesize this story" must not interleave with a crawl batch writing stories:
 * while a batch is inside synthesis (held there by a gate), a re-synthesis from another thread
 * waits on the batch lock, and both finish once the batch does.
 */
class ResynthesisLockTest {
  @TempDir Path data;

  @Test
  void resynthesisWaitsForTheBatchInProgress() throws Exception {
    CommonOptions common = new CommonOptions();
    common.data = data;
    common.quiet = true;
    try (Engine engine = Engine.open(common, Console.system(true))) {
      BatchReport first = engine.pipeline().process(List.of(article("ledger", "2026-11-17T08:00:00Z"), article("courier", "2026-11-17T09:00:00Z")), Progress.NONE);
      assertThat(first.insertedCount()).isEqualTo(2);
      String storyId = first.storiesTouched().iterator().next();

      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicBoolean gateUsed = new AtomicBoolean();
      StorySynthesizer real = engine.stages().synthesizer();
      StorySynthesizer gated = draft -> {
        if (gateUsed.compareAndSet(false, true)) {
          inside.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return real.synthesize(draft);
      };
      StoryPipeline pipeline = new StoryPipeline(engine.store(), engine.index(), engine.stages().enricher(), engine.stages().newClusterer(),
          gated, PipelineConfig.defaults(), Clock.systemUTC());
      pipeline.restore();

      Article third = article("gazette", "2026-11-17T10:00:00Z");
      CompletableFuture<BatchReport> batch = CompletableFuture.supplyAsync(() -> pipeline.process(List.of(third), Progress.NONE));
      boolean reached = inside.await(30, TimeUnit.SECONDS);
      assertThat(batch.isCompletedExceptionally()).as("the batch failed").isFalse();
      assertThat(reached).as("the batch reached synthesis").isTrue();

      AtomicReference<Story> resynthesized = new AtomicReference<>();
      Thread admin = new Thread(() -> resynthesized.set(pipeline.resynthesize(storyId, new BatchReport())), "admin-resynthesis");
      admin.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (admin.getState() != Thread.State.BLOCKED && admin.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(admin.getState()).as("re-synthesis waits for the batch lock").isEqualTo(Thread.State.BLOCKED);
      assertThat(batch).isNotDone();

      release.countDown();
      assertThat(batch.get(60, TimeUnit.SECONDS).insertedCount()).isEqualTo(1);
      admin.join(60_000);
      assertThat(resynthesized.get()).isNotNull();
      assertThat(resynthesized.get().id()).isEqualTo(storyId);
    }
  }

  private static final java.util.Map<String, String> TEXTS = java.util.Map.of(
      "ledger", "A magnitude 6.1 earthquake struck the port city of Port Sarin on Tuesday, killing 14 people, the regional authorities said. "
          + "Governor Tomas Ferreira said rescue teams were searching the old harbour through the night.",
      "courier", "Fourteen people died when an earthquake of magnitude 6.1 hit Port Sarin on Tuesday morning. Governor Tomas Ferreira "
          + "told reporters that two schools near the harbour had been evacuated and would stay closed.",
      "gazette", "Rescuers in Port Sarin worked into Wednesday after Tuesday's magnitude 6.1 earthquake, which killed 14 people. "
          + "Governor Tomas Ferreira asked residents of the harbour district to stay with relatives until engineers had checked their homes.");

  private static Article article(String outlet, String published) throws Exception {
    String json = "{\"id\":\"" + outlet + "-quake\",\"url\":\"https://" + outlet + ".example/quake\",\"title\":\"Magnitude 6.1 quake strikes Port Sarin\","
        + "\"outlet\":\"" + outlet + ".example\",\"published\":\"" + published + "\",\"text\":\"" + TEXTS.get(outlet) + "\"}";
    return InputArticle.parse(new ObjectMapper().readTree(json)).article();
  }
}
