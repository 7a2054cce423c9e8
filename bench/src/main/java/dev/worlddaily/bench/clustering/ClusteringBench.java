package dev.worlddaily.bench.clustering;

import dev.worlddaily.bench.Measure;
import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.ClusterConfig;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.cluster.StorySplit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Online clustering cost as the archive grows: a synthetic stream of enriched articles (no
 * enrichment cost) is assigned one by one; assignments per second, mean and p95 latency, mean CPU
 * time per assignment (less disturbed than wall time when other work shares the machine) and
 * heap after a full collection are reported over the window before each checkpoint, together with the
 * B-cubed F1 of the stories against the stream's true events (a sanity check, not a quality
 * figure).
 */
@Command(name = "clustering", mixinStandardHelpOptions = true, description = "Assignments per second, latency and memory of online clustering.")
public final class ClusteringBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "100000", description = "Articles in the stream.") int articles;
  @Option(names = "--per-day", defaultValue = "20000", description = "Articles per simulated day.") double perDay;
  @Option(names = "--checkpoints", defaultValue = "10000,100000", split = ",", description = "Stored-article counts to report at.") int[] checkpoints;
  @Option(names = "--window", defaultValue = "2000", description = "Assignments measured before each checkpoint.") int window;
  @Option(names = "--seed", defaultValue = "1") long seed;

  @Override
  public Integer call() {
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    SyntheticNewsStream stream = new SyntheticNewsStream(seed, perDay, start);
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer(ClusterConfig.defaults());
    long[] nanos = new long[articles];
    long[] cpu = new long[articles];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] story = new String[articles];
    int[] event = new int[articles];
    Map<String, Integer> position = new HashMap<>();
    Map<String, String> mergedInto = new HashMap<>();
    Set<Integer> report = new HashSet<>();
    for (int c : checkpoints) {
      report.add(c);
    }
    System.out.printf(Locale.ROOT, "clustering: %d synthetic articles, %.0f per simulated day, seed %d; %s%n", articles, perDay, seed, Measure.machine());
    System.out.printf(Locale.ROOT, "%10s %10s %9s %9s %9s %9s %12s %10s%n", "articles", "assign/s", "mean ms", "p95 ms", "cpu ms", "heap MiB",
        "open stories", "sim. days");
    Instant last = start;
    long windowStart = System.nanoTime();
    int splits = 0;
    int merges = 0;
    for (int i = 0; i < articles; i++) {
      if (i % window == 0 || report.contains(i + window)) {
        windowStart = System.nanoTime();
      }
      SyntheticNewsStream.Generated g = stream.next();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Assignment a = clusterer.assign(g.article());
      nanos[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
      story[i] = a.storyId();
      event[i] = g.eventId();
      position.put(g.article().id(), i);
      for (String gone : a.absorbedStoryIds()) {
        mergedInto.put(gone, a.storyId());
        merges++;
      }
      for (StorySplit s : a.splits()) {
        s.articleIds().forEach(id -> story[position.get(id)] = s.newStoryId());
        splits++;
      }
      last = g.article().article().published();
      if (report.contains(i + 1)) {
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        long[] recent = Arrays.copyOfRange(nanos, i + 1 - window, i + 1);
        Arrays.sort(recent);
        double mean = Arrays.stream(recent).average().orElse(0) / 1e6;
        double p95 = recent[(int) Math.floor(0.95 * (recent.length - 1))] / 1e6;
        double cpuMean = Arrays.stream(cpu, i + 1 - window, i + 1).average().orElse(0) / 1e6;
        long heap = heapAfterGc();
        System.out.printf(Locale.ROOT, "%10d %10.0f %9.3f %9.3f %9.3f %9.0f %12d %10.1f%n", i + 1, window / seconds, mean, p95, cpuMean,
            heap / 1048576.0, clusterer.openStories(), Duration.between(start, last).toMinutes() / 1440.0);
      }
    }
    double total = Arrays.stream(nanos).sum() / 1e9;
    double totalCpu = Arrays.stream(cpu).sum() / 1e9;
    System.out.printf(Locale.ROOT, "all: %d assignments in %.1f s of assignment time = %.0f/s (%.1f s CPU = %.0f/s); %d merges, %d splits%n",
        articles, total, articles / total, totalCpu, articles / totalCpu, merges, splits);
    System.out.printf(Locale.ROOT, "B-cubed F1 against the stream's events: %.3f (sanity check)%n", bcubedF1(story, event, mergedInto));
    System.out.printf(Locale.ROOT, "peak resident %s%n", Measure.mib(Measure.peakResidentBytes()));
    return 0;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String resolve(String s, Map<String, String> mergedInto) {
    String current = s;
    while (mergedInto.containsKey(current)) {
      current = mergedInto.get(current);
    }
    return current;
  }

  private static double bcubedF1(String[] story, int[] event, Map<String, String> mergedInto) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<Integer, Integer> classSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    String[] resolved = new String[story.length];
    for (int i = 0; i < story.length; i++) {
      resolved[i] = resolve(story[i], mergedInto);
      clusterSize.merge(resolved[i], 1, Integer::sum);
      classSize.merge(event[i], 1, Integer::sum);
      both.merge(resolved[i] + "|" + event[i], 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < story.length; i++) {
      double n = both.get(resolved[i] + "|" + event[i]);
      p += n / clusterSize.get(resolved[i]);
      r += n / classSize.get(event[i]);
    }
    p /= story.length;
    r /= story.length;
    return 2 * p * r / (p + r);
  }
}
