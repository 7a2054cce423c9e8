package dev.worlddaily.bench.e2e;

import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.bench.Measure;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The progress lines of a run (one per window of {@code every} articles, a tenth by default, with
 * the figures of that window) and its summary. A resumed run counts on from the article it
 * resumed at; its rates, times and latencies are this process's.
 */
final class Checkpoints {
  private final long from;
  private final long total;
  private final long every;
  private final StageTimes times;
  private final LatencyTracker latency;
  private final OnlineStoryClusterer clusterer;
  private final Measure measure;
  private final long t0;
  private long nextAt;
  private long lastCount;
  private long lastNanos;
  private int lastSample;
  private Map<String, Long> lastTimes = new LinkedHashMap<>();
  private String firstWindow;
  private String lastWindow;

  /** @param from articles of the run taken by earlier processes (0 for a fresh run) */
  Checkpoints(long from, long total, long every, StageTimes times, LatencyTracker latency, OnlineStoryClusterer clusterer, Measure measure, long t0) {
    this.from = from;
    this.total = total;
    this.every = every > 0 ? every : Math.max(1, total / 10);
    this.times = times;
    this.latency = latency;
    this.clusterer = clusterer;
    this.measure = measure;
    this.t0 = t0;
    this.nextAt = (from / this.every + 1) * this.every;
    this.lastCount = from;
    this.lastNanos = t0;
  }

  void maybePrint(long done) {
    if (done < nextAt && done < total) {
      return;
    }
    nextAt += every;
    long now = System.nanoTime();
    Map<String, Long> snap = times.snapshot();
    Map<String, Long> window = new LinkedHashMap<>();
    snap.forEach((k, v) -> window.put(k, v - lastTimes.getOrDefault(k, 0L)));
    long n = done - lastCount;
    String costs = E2eBench.perArticle(window, n);
    String resumed = from > 0 ? String.format(Locale.ROOT, " (%d in this process, resumed at %d)", done - from, from) : "";
    String line = String.format(Locale.ROOT,
        "[%3d%%] %d articles%s in %.1f s (process CPU %.0f s): %.1f/s (this window %.1f/s); ms/article %s; latency p50 %.0f p95 %.0f ms; open stories %d; heap %s; resident %s",
        done * 100 / total, done, resumed, (now - t0) / 1e9, processCpuNanos() / 1e9, (done - from) / ((now - t0) / 1e9), n / ((now - lastNanos) / 1e9), costs,
        latency.quantileMillis(0.5, lastSample), latency.quantileMillis(0.95, lastSample), clusterer.openStories(),
        Measure.mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), Measure.mib(residentBytes()));
    System.out.println(line);
    if (firstWindow == null) {
      firstWindow = costs;
    }
    lastWindow = costs;
    lastTimes = snap;
    lastCount = done;
    lastNanos = now;
    lastSample = latency.measured();
  }

  void summary(long processed, long skipped, int rejected, long wallNanos, Store store, Path dir, StoreConfig storeConfig) {
    double seconds = wallNanos / 1e9;
    Map<String, Long> snap = times.snapshot();
    // A resumed process's figures cover its own articles; the store's counts are the whole run's.
    String part = from > 0 ? "this process" : "whole run";
    System.out.println("---- summary" + (from > 0 ? String.format(Locale.ROOT, " of this process: articles %d to %d of the run, resumed at %d;"
        + " times, rates and latencies are this process's, stored counts the whole run's", from + 1, from + processed + skipped, from) : ""));
    System.out.printf(Locale.ROOT, "articles: %d through the pipeline (%d rejected or duplicate, %d not extracted) in %.1f s: %.1f articles/s%n",
        processed, rejected, skipped, seconds, processed / seconds);
    System.out.printf(Locale.ROOT, "stories: %d (%d published); stored articles %d (whole run)%n", store.storyCount(true), store.storyCount(false), store.articleCount());
    System.out.println("ms per article, " + part + ": " + E2eBench.perArticle(snap, processed)
        + " (extract runs on the feeder thread, beside the pipeline)");
    long pipeline = snap.entrySet().stream().filter(e -> !e.getKey().equals("extract")).mapToLong(Map.Entry::getValue).sum();
    System.out.printf(Locale.ROOT, "pipeline thread: %.2f ms/article in components, %.2f ms/article wall%n", pipeline / 1e6 / processed, wallNanos / 1e6 / processed);
    System.out.println("CPU ms per article (calling thread), " + part + ": " + E2eBench.perArticle(times.cpuSnapshot(), processed));
    long processCpu = processCpuNanos();
    System.out.printf(Locale.ROOT, "process CPU: %.1f s in all (model loading" + (from > 0 ? " and restoring" : "") + " included), %.1f ms per article; wall %.1f s%n",
        processCpu / 1e9, processCpu / 1e6 / processed, seconds);
    System.out.println("ms per article, first window" + (from > 0 ? " of this process" : "") + ": " + firstWindow);
    System.out.println("ms per article, last window:  " + lastWindow);
    System.out.printf(Locale.ROOT, "ingestion to story: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms over %d articles%n",
        latency.quantileMillis(0.5, 0), latency.quantileMillis(0.95, 0), latency.quantileMillis(0.99, 0), latency.measured());
    System.out.println("peak heap " + Measure.mib(measure.peakHeapBytes()) + ", peak resident " + Measure.mib(Measure.peakResidentBytes())
        + ", resident now " + Measure.mib(residentBytes()));
    System.out.println("on disk: " + DiskUsage.describe(dir, storeConfig));
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Current resident set size (VmRSS), or -1. */
  static long residentBytes() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
