package dev.worlddaily.bench.e2e;

import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.app.config.Stores;
import dev.worlddaily.app.pipeline.BatchJournal;
import dev.worlddaily.app.pipeline.CommitQueue;
import dev.worlddaily.app.pipeline.PipelineConfig;
import dev.worlddaily.app.pipeline.StoryPipeline;
import dev.worlddaily.bench.Measure;
import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.ClusterConfig;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.cluster.StoryClusterer;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.LuceneSearchIndex;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StorySave;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.StorySynthesizer;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End to end: synthetic pages through extraction, enrichment (MiniLM embeddings included),
 * clustering, synthesis, the store and the search index, with {@link StoryPipeline} as {@code
 * wdn run} uses it. A feeder thread extracts pages (as the crawler's threads do) into a bounded
 * queue, paced at {@code --rate} or as fast as the pipeline takes them; the pipeline takes what
 * is queued, up to {@code --batch}, one batch at a time. Prints a line every tenth of the run, or
 * every {@code --progress-every} articles (so growth of the per-article cost shows within one
 * run), and a summary. With {@code --data}, a run can be stopped and continued with {@code
 * --resume} ({@link ResumePoint}).
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
    description = "Articles per second, ingestion-to-story latency, memory and disk, end to end on synthetic news.")
public final class E2eBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "10000") long articles;
  @Option(names = "--outlets", defaultValue = "40") int outlets;
  @Option(names = "--per-day", defaultValue = "100000", description = "Articles a day in the synthetic news (sets how many stories are open at once).") int perDay;
  @Option(names = "--seed", defaultValue = "1") long seed;
  @Option(names = "--progress-every", defaultValue = "0", description = "Articles per progress line (0: a tenth of the run).") long progressEvery;
  @Option(names = "--batch", defaultValue = "64", description = "Most articles per pipeline batch.") int batch;
  @Option(names = "--rate", defaultValue = "0", description = "Pages ingested per second; 0: as fast as the pipeline takes them.") double rate;
  @Option(names = "--data", description = "Data directory (default: a new temporary one).") Path data;
  @Option(names = "--store-url", description = "jdbc:postgresql://... to store in PostgreSQL instead of the data directory's SQLite.") String storeUrl;
  @Option(names = "--vectors", defaultValue = "minilm", description = "minilm (the real model) or hashed (a cheap stand-in, for scale runs of the other stages).") String vectors;
  @Option(names = "--batch-delay", defaultValue = "0", description = "Milliseconds a batch waits for company once its first article is taken, up to --batch articles (wdn run: pipeline.batchDelay, 500, and pipeline.batchArticles, 200); 0: a batch takes what is queued at once.") long batchDelayMillis;
  @Option(names = "--sequential", description = "Enrich each batch only after the previous one is committed (as StoryPipeline.process does), instead of while it is.") boolean sequential;
  @Option(names = "--calibrate", defaultValue = "400", description = "Articles whose lead and body are embedded alone afterwards, to split enrichment time.") int calibrate;
  @Option(names = "--resume", description = "Continue the run stored in --data DIR up to --articles in all: the same stream (same --seed, --outlets, --per-day, --vectors) from where it stopped, found from DIR's " + E2eProgress.FILE + " (or, for a directory without one, from the newest stored article), with the clustering state restored from the store as after a restart of wdn run.") boolean resume;

  private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
  /** The pipeline's batch journal in the data directory: the name {@code wdn run} gives it, so either repairs the other's unfinished batch. */
  static final String BATCH_JOURNAL = "batch.journal";

  /** An extracted article and how many articles of the stream were taken up to it. */
  private record Fed(Article article, long generated, Instant published) {}

  @Override
  public Integer call() throws Exception {
    if (resume && data == null) {
      System.err.println("e2e: --resume needs --data DIR, the directory of the run to continue");
      return 2;
    }
    if (resume && !Files.isDirectory(data)) {
      System.err.println("e2e: nothing to resume in " + data + ": no such directory");
      return 2;
    }
    boolean hashed = switch (vectors) {
      case "minilm" -> false;
      case "hashed" -> true;
      default -> throw new IllegalArgumentException("--vectors must be minilm or hashed: " + vectors);
    };
    Path dir = data != null ? data : Files.createTempDirectory("wdn-e2e");
    DataDirectory dataDir = DataDirectory.open(dir);
    Clock clock = Clock.systemUTC();
    StageTimes times = new StageTimes();
    LatencyTracker latency = new LatencyTracker();
    System.out.println("e2e: " + articles + " articles, " + outlets + " outlets, " + perDay + "/day, batch " + batch
        + (rate > 0 ? ", paced at " + rate + "/s" : ", unpaced") + ", vectors " + vectors + "; " + Measure.machine());
    System.out.println("data: " + dir + (storeUrl == null ? " (SQLite)" : " with store " + storeUrl));
    StoreConfig storeConfig = StoreConfig.defaults().withUrl(storeUrl);
    E2eProgress progress = new E2eProgress(seed, outlets, perDay, vectors, 0, null);
    ResumePoint point = null;
    if (resume) {
      // Before the models load, so that a refusal is quick.
      try (Store stored = Stores.open(storeConfig, dataDir, clock)) {
        point = ResumePoint.find(dir, stored, progress, articles, batch, START);
      } catch (ResumePoint.Refused e) {
        System.err.println("e2e: " + e.getMessage());
        return 2;
      }
      System.out.println("resuming at article " + point.generated() + " of " + articles + " (simulated clock " + point.lastPublished()
          + "), found from " + point.source());
    }
    long loadStart = System.nanoTime();
    EnrichConfig enrichConfig = EnrichConfig.defaults();
    CompositeEnricher realEnricher = new CompositeEnricher(hashed
        ? new EnrichConfig(enrichConfig.languages(), false, enrichConfig.embeddingBatchSize(), enrichConfig.embeddingCacheSize(),
            enrichConfig.leadChars(), enrichConfig.bodyChars())
        : enrichConfig);
    Enricher stageEnricher = hashed ? new HashedVectorEnricher(realEnricher, enrichConfig.leadChars(), enrichConfig.bodyChars()) : realEnricher;
    OnlineStoryClusterer realClusterer = new OnlineStoryClusterer(ClusterConfig.defaults());
    System.out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
    // SIGTERM (or Ctrl-C) ends the run after the batch being committed, so that --resume
    // continues from a finished batch instead of repairing one and rebuilding the search index.
    AtomicBoolean stopRequested = new AtomicBoolean();
    CountDownLatch closed = new CountDownLatch(1);
    Thread stopHook = new Thread(() -> {
      stopRequested.set(true);
      try {
        closed.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "e2e-stop");
    Runtime.getRuntime().addShutdownHook(stopHook);
    try (Measure measure = new Measure();
        Store realStore = Stores.open(storeConfig, dataDir, clock);
        LuceneSearchIndex realIndex = LuceneSearchIndex.open(dataDir.index())) {
      Store store = times.wrap(Store.class, realStore, "store", null, (m, args, result) -> {
        if (m.equals("saveStory")) {
          latency.storySaved((Story) args[0], System.nanoTime());
        } else if (m.equals("saveStories")) {
          long now = System.nanoTime();
          ((List<?>) args[0]).forEach(save -> latency.storySaved(((StorySave) save).story(), now));
        }
      });
      SearchIndex index = times.wrap(SearchIndex.class, realIndex, "index", null, null);
      Enricher enricher = times.wrap(Enricher.class, stageEnricher, "enrich", null, null);
      StoryClusterer clusterer = times.wrap(StoryClusterer.class, realClusterer, "cluster", null, (m, args, result) -> {
        if (m.equals("assign")) {
          latency.assigned((Assignment) result);
        }
      });
      StorySynthesizer synthesizer = times.wrap(StorySynthesizer.class, new ExtractiveSynthesizer(SynthesisConfig.defaults()), "synthesize", null, null);
      // As wdn run: a journal names the batch being written, so a killed run can be repaired.
      StoryPipeline pipeline = new StoryPipeline(store, index, enricher, clusterer, synthesizer, PipelineConfig.defaults(), clock,
          new BatchJournal(dir.resolve(BATCH_JOURNAL)));
      long from = 0;
      if (point != null) {
        from = point.generated();
        System.out.println("resumed: " + point.restore(pipeline, realStore, realIndex, dir.resolve(BATCH_JOURNAL)));
        times.reset();
      }

      BlockingQueue<Fed> queue = new ArrayBlockingQueue<>(Math.max(4 * batch, 256));
      LongAdder extractNanos = times.stage("extract");
      LongAdder extractCpu = times.cpu("extract");
      AtomicLong skipped = new AtomicLong();
      long skipFrom = from;
      Thread feeder = new Thread(() -> feed(queue, skipFrom, latency, extractNanos, extractCpu, skipped), "e2e-feeder");
      long t0 = System.nanoTime();
      feeder.start();

      Checkpoints checkpoints = new Checkpoints(from, articles, progressEvery, times, latency, realClusterer, measure, t0);
      AtomicLong processed = new AtomicLong();
      AtomicLong rejected = new AtomicLong();
      long submitted = 0;
      // As in `wdn run`: the commit thread stores, clusters and writes stories while this thread
      // enriches the next batch (unless --sequential).
      try (CommitQueue commits = new CommitQueue(pipeline, !sequential)) {
        while (from + submitted + skipped.get() < articles) {
          if (stopRequested.get()) {
            System.out.println("stopping: asked to; the batches submitted are committed first, then the store is closed");
            break;
          }
          Fed first = queue.poll(200, TimeUnit.MILLISECONDS);
          if (first == null) {
            if (!feeder.isAlive() && queue.isEmpty()) {
              break;
            }
            continue;
          }
          List<Fed> next = new ArrayList<>(batch);
          next.add(first);
          queue.drainTo(next, batch - 1);
          long closes = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(batchDelayMillis);
          while (next.size() < batch && System.nanoTime() < closes) {
            Fed more = queue.poll(closes - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (more == null) {
              break;
            }
            next.add(more);
            queue.drainTo(next, batch - next.size());
          }
          submitted += next.size();
          List<Article> batchArticles = next.stream().map(Fed::article).toList();
          Fed last = next.get(next.size() - 1);
          commits.submit(batchArticles, report -> {
            rejected.addAndGet(report.rejected().size());
            latency.settle(batchArticles.stream().map(Article::id).toList());
            processed.addAndGet(next.size());
            if (data != null) {
              // Everything of the stream up to this batch's last article is now stored.
              progress.at(last.generated(), last.published()).write(dir);
            }
          });
          checkpoints.maybePrint(from + processed.get() + skipped.get());
        }
      }
      checkpoints.maybePrint(from + processed.get() + skipped.get());
      long wallNanos = System.nanoTime() - t0;
      if (stopRequested.get()) {
        feeder.interrupt();
      }
      feeder.join();
      checkpoints.summary(processed.get(), skipped.get(), (int) rejected.get(), wallNanos, realStore, dir, storeConfig);
    } finally {
      // After the store and index are closed (try-with-resources closes them before this).
      closed.countDown();
    }
    if (stopRequested.get()) {
      return 3;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it has seen the latch
    }
    if (calibrate > 0 && !hashed) {
      EmbeddingCalibration.run(calibrate, seed, outlets, perDay, START);
    }
    realEnricher.close();
    if (data == null) {
      DiskUsage.delete(dir);
    }
    return 0;
  }

  /** Writes, paces and extracts the pages; blocks when the pipeline is behind. */
  private void feed(BlockingQueue<Fed> queue, long from, LatencyTracker latency, LongAdder extractNanos, LongAdder extractCpu, AtomicLong skipped) {
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    SyntheticNewsStream stream = new SyntheticNewsStream(seed, outlets, articles, perDay, START);
    while (stream.emitted() < from && stream.hasNext()) {
      stream.skip();
    }
    long start = System.nanoTime();
    long i = 0;
    try {
      while (stream.hasNext()) {
        SyntheticArticleWriter.Page page = stream.next();
        if (rate > 0) {
          long due = start + (long) (i * 1e9 / rate);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
        }
        i++;
        long ingested = System.nanoTime();
        long cpu0 = StageTimes.threadCpuNanos();
        latency.ingested(page.url(), ingested);
        Outcome<Article> o = extract(extractor, page);
        extractNanos.add(System.nanoTime() - ingested);
        extractCpu.add(StageTimes.threadCpuNanos() - cpu0);
        if (o.isOk()) {
          latency.extracted(page.url(), o.value().id());
          queue.put(new Fed(o.value(), stream.emitted(), page.published()));
        } else {
          skipped.incrementAndGet();
          System.err.println("extraction: " + o.describe());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Extracts a page as a crawler fetching it two minutes after publication would. */
  static Outcome<Article> extract(DocumentExtractor extractor, SyntheticArticleWriter.Page page) {
    return extractor.extract(new RawDocument(page.url(), page.html().getBytes(StandardCharsets.UTF_8), "text/html", "utf-8",
        page.published().plusSeconds(120), null));
  }

  static String perArticle(Map<String, Long> nanos, long n) {
    StringBuilder b = new StringBuilder();
    nanos.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.2f", k, n == 0 ? 0 : v / 1e6 / n)));
    return b.toString().strip();
  }
}
