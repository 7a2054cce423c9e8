package dev.worlddaily.bench.e2e;

import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.ClusterConfig;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.management.ObjectName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Memory of the online clusterer alone on the e2e bench's synthetic news (hashed vectors): pages
 * from {@code SyntheticNewsStream} (seed 1, 40 outlets, 100,000 a day), extracted and enriched as
 * in {@code wdn-bench e2e --vectors hashed}, then assigned one by one (no store, dedup or
 * synthesis). At the end: a class histogram, the heap after a full GC with the clusterer and
 * without it (the difference is what the clusterer holds), and a digest of every decision (equal
 * digests = identical assignments, splits and merges).
 *
 * <p>{@code java -Xmx2g -jar bench/target/wdn-bench.jar cluster-memory --articles 20000}
 */
@Command(name = "cluster-memory", mixinStandardHelpOptions = true,
    description = "Heap bytes per open article of the online clusterer, and a digest of its decisions.")
public final class ClusterMemoryProbe implements Callable<Integer> {
  private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

  @Option(names = "--articles", defaultValue = "20000", description = "Articles of the synthetic stream to assign.") int n;
  @Option(names = "--histogram", defaultValue = "40", description = "Lines of the class histogram to print.") int histogramLines;

  @Override
  public Integer call() throws Exception {
    EnrichConfig c = EnrichConfig.defaults();
    CompositeEnricher real = new CompositeEnricher(
        new EnrichConfig(c.languages(), false, c.embeddingBatchSize(), c.embeddingCacheSize(), c.leadChars(), c.bodyChars()));
    Enricher enricher = new HashedVectorEnricher(real, c.leadChars(), c.bodyChars());
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    SyntheticNewsStream stream = new SyntheticNewsStream(1, 40, n, 100_000, START);
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer(ClusterConfig.defaults());
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Set<String> stories = new HashSet<>();
    long assigned = 0;
    long splits = 0;
    long merges = 0;
    long clusterNanos = 0;
    long t0 = System.nanoTime();
    Set<String> seen = new HashSet<>();
    while (stream.hasNext()) {
      List<Article> batch = new ArrayList<>(64);
      while (batch.size() < 64 && stream.hasNext()) {
        SyntheticArticleWriter.Page page = stream.next();
        Outcome<Article> o = extractor.extract(new RawDocument(page.url(), page.html().getBytes(StandardCharsets.UTF_8), "text/html", "utf-8",
            page.published().plusSeconds(120), null));
        if (o.isOk() && seen.add(o.value().id())) {
          batch.add(o.value());
        }
      }
      for (AnnotatedArticle a : enricher.enrichAll(batch)) {
        long s = System.nanoTime();
        Assignment r = clusterer.assign(a);
        clusterNanos += System.nanoTime() - s;
        assigned++;
        stories.add(r.storyId());
        splits += r.splits().size();
        merges += r.absorbedStoryIds().size();
        digest.update((r.articleId() + " " + r.storyId() + " " + r.newStory() + " " + r.absorbedStoryIds() + " " + r.splits() + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      if (assigned % 2048 < 64) {
        System.out.printf(Locale.ROOT, "%d assigned in %.0f s, open stories %d%n", assigned, (System.nanoTime() - t0) / 1e9, clusterer.openStories());
      }
    }
    real.close();
    System.out.printf(Locale.ROOT, "assigned %d articles; %d story ids seen, %d open stories; %d merges, %d splits; cluster %.3f ms/article (wall)%n",
        assigned, stories.size(), clusterer.openStories(), merges, splits, clusterNanos / 1e6 / assigned);
    System.out.println("decisions sha256 " + HexFormat.of().formatHex(digest.digest()));
    String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
        "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
    histogram.lines().limit(histogramLines + 3).forEach(System.out::println);
    long with = heapAfterGc();
    int open = clusterer.openStories();
    clusterer = null;
    long without = heapAfterGc();
    System.out.printf(Locale.ROOT, "heap after full GC: %d bytes with the clusterer, %d without; the clusterer holds %d bytes, %.0f per article assigned (%d open stories)%n",
        with, without, with - without, (double) (with - without) / assigned, open);
    return assigned > 0 ? 0 : 1;
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
