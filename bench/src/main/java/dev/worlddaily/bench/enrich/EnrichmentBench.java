package dev.worlddaily.bench.enrich;

import dev.worlddaily.bench.Measure;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.enrich.LanguageIdentifier;
import dev.worlddaily.enrich.StageTimes;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Enrichment throughput: distinct generated news articles of about {@code --words} words each
 * (names, places, quotes, figures, dates) through the whole stage (language per paragraph,
 * sentences, entities, figures, quotes, dates, embeddings, category), in batches on
 * {@code --threads} threads, after a warm-up; with the memory of the loaded models.
 */
@Command(name = "enrichment", mixinStandardHelpOptions = true, description = "Articles per second through the whole enrichment stage.")
public final class EnrichmentBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "600", description = "Articles measured (after the warm-up).") int articles;
  @Option(names = "--warmup", defaultValue = "100") int warmup;
  @Option(names = "--words", defaultValue = "800") int words;
  @Option(names = "--threads", defaultValue = "2") int threads;
  @Option(names = "--batch", defaultValue = "32", description = "Articles per enrichAll call.") int batch;
  @Option(names = "--no-embeddings", description = "Text annotations only, to see the embeddings' share.") boolean noEmbeddings;
  @Option(names = "--body-chars", defaultValue = "-1",
      description = "Characters after the lead for a separate body embedding (0: none, the default configuration's choice).") int bodyChars;

  @Override
  public Integer call() throws Exception {
    List<Article> all = new ArticleGenerator(words).generate(warmup + articles, new Random(2026));
    try (Measure m = new Measure()) {
      long heap0 = usedHeapAfterGc();
      long t0 = System.nanoTime();
      EnrichConfig defaults = EnrichConfig.defaults();
      EnrichConfig config = new EnrichConfig(defaults.languages(), !noEmbeddings, defaults.embeddingBatchSize(),
          defaults.embeddingCacheSize(), defaults.leadChars(), bodyChars < 0 ? defaults.bodyChars() : bodyChars);
      try (CompositeEnricher enricher = new CompositeEnricher(config)) {
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heapModels = usedHeapAfterGc();
        run(enricher, all.subList(0, warmup));
        long heapWithLanguages = usedHeapAfterGc();
        Map<StageTimes.Stage, Long> stages0 = enricher.stageTimes().snapshot();
        long model0 = enricher.embedder() == null ? 0 : enricher.embedder().cpuNanos();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        run(enricher, all.subList(warmup, all.size()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillisPerArticle = (processCpuNanos() - cpu0) / 1e6 / articles;
        StringBuilder stages = new StringBuilder();
        enricher.stageTimes().snapshot().forEach((stage, nanos) -> stages.append(String.format(Locale.ROOT, " %s %.2f,",
            stage.name().toLowerCase(Locale.ROOT), (nanos - stages0.get(stage)) / 1e6 / articles)));
        if (enricher.embedder() != null) {
          stages.append(String.format(Locale.ROOT, " embedding model %.2f,", (enricher.embedder().cpuNanos() - model0) / 1e6 / articles));
        }
        System.out.printf(Locale.ROOT, "enrichment: %d articles of ~%d words (%d warm-up), %d threads, batches of %d, embeddings %s (body window %d chars), %d languages%n",
            articles, words, warmup, threads, batch, noEmbeddings ? "off" : "on", config.bodyChars(), config.languages().size());
        System.out.printf(Locale.ROOT, "  %.2f s = %.1f articles/s; %.1f ms of CPU per article, so at most %.0f articles/s on %d otherwise idle cores%n",
            seconds, articles / seconds, cpuMillisPerArticle, Runtime.getRuntime().availableProcessors() * 1000 / cpuMillisPerArticle,
            Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  CPU ms per article by stage:%s the rest (threads, GC, JIT) %.2f%n", stages.substring(0, stages.length() - 1),
            cpuMillisPerArticle - enricher.stageTimes().snapshot().entrySet().stream().mapToLong(e -> e.getValue() - stages0.get(e.getKey())).sum() / 1e6 / articles
                - (enricher.embedder() == null ? 0 : (enricher.embedder().cpuNanos() - model0) / 1e6 / articles));
        System.out.printf(Locale.ROOT, "  models loaded in %.1f s; heap after loading %s (+%s), after the warm-up loaded the Lingua models it needed (of %d) %s (+%s)%n",
            loadSeconds, Measure.mib(heapModels), Measure.mib(heapModels - heap0), config.languages().size(),
            Measure.mib(heapWithLanguages), Measure.mib(heapWithLanguages - heapModels));
        long before = usedHeapAfterGc();
        LanguageIdentifier preloadedDetector = new LanguageIdentifier(config.languages(), true);
        preloadedDetector.detect("The harbour council voted on Tuesday to rebuild the sea wall.");
        long preloaded = usedHeapAfterGc() - before;
        java.lang.ref.Reference.reachabilityFence(preloadedDetector);
        System.out.printf(Locale.ROOT, "  the rest of the %d language models of Lingua (low accuracy mode; models are shared) preloaded: +%s heap%n", config.languages().size(), Measure.mib(preloaded));
        System.out.printf(Locale.ROOT, "  peak heap %s, peak resident %s; %s%n", Measure.mib(m.peakHeapBytes()),
            Measure.mib(Measure.peakResidentBytes()), Measure.machine());
      }
    }
    return 0;
  }

  private void run(CompositeEnricher enricher, List<Article> articles) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < articles.size(); from += batch) {
        List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + batch));
        done.add(pool.submit(() -> enricher.enrichAll(chunk)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** CPU time of the whole process (all threads, native inference included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Builds an article for the generator. */
  static Article article(int i, String title, List<String> paragraphs) {
    return Article.builder().url("https://bench" + (i % 9) + ".example/news/" + i).outlet(Outlet.ofDomain("bench" + (i % 9) + ".example"))
        .title(title).published(Instant.parse("2026-11-18T09:00:00Z")).blocks(paragraphs, null).build();
  }
}
