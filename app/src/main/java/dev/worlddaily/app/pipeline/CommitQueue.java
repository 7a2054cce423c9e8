package dev.worlddaily.app.pipeline;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Progress;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a {@link StoryPipeline} as two stages: the caller's thread prepares a batch (dedup and
 * enrichment, the model's share of the work) while this queue's thread commits the one before
 * (store, cluster, write stories, index). Batches are committed one at a time, in the order
 * submitted, so clustering sees the same sequence as with {@link StoryPipeline#process}; at most
 * one batch waits prepared. Not for use by several submitting threads at once.
 */
public final class CommitQueue implements AutoCloseable {
  private final StoryPipeline pipeline;
  private final boolean overlap;
  private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "pipeline-commit");
    t.setDaemon(true);
    return t;
  });
  private Future<?> pending;

  /** With {@code overlap} false every submission waits for its own commit (one stage at a time). */
  public CommitQueue(StoryPipeline pipeline, boolean overlap) {
    this.pipeline = pipeline;
    this.overlap = overlap;
  }

  /**
   * Prepares the batch on this thread, waits for the previous batch's commit, then queues this
   * one's; {@code then} runs on the commit thread with its report once it is committed (to save
   * what must follow the stored articles, such as a feed's health).
   *
   * @throws IllegalStateException when a previous commit or its {@code then} failed
   */
  public void submit(List<Article> articles, Consumer<BatchReport> then) {
    PreparedBatch prepared = pipeline.prepare(articles);
    drain();
    pending = committer.submit(() -> then.accept(pipeline.commit(prepared, Progress.NONE)));
    if (!overlap) {
      drain();
    }
  }

  /** Waits until every submitted batch is committed and its {@code then} has run. */
  public void drain() {
    Future<?> last = pending;
    pending = null;
    if (last == null) {
      return;
    }
    try {
      last.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a batch was committed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("committing a batch failed: " + e.getCause(), e.getCause());
    }
  }

  /** Drains, then stops the commit thread. */
  @Override
  public void close() {
    try {
      drain();
    } finally {
      committer.shutdown();
    }
  }
}
