package dev.worlddaily.bench.e2e;

import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.app.config.Stores;
import dev.worlddaily.bench.Measure;
import dev.worlddaily.ingest.UrlCanonicalizer;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.FeedKind;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingestion-to-story latency inside {@code wdn run}: the built {@code wdn} jar runs as a child
 * process, exactly as the launcher starts it, crawling {@code --feeds} RSS feeds of synthetic
 * outlets served over loopback HTTP ({@link SyntheticFeedServer}), where the e2e bench's
 * articles appear at {@code --rate} per second. An article's latency runs from the moment its
 * page was first served to the crawler (the e2e bench starts it when the page enters extraction,
 * a few milliseconds later) to the first save of its story after that ({@link StorySaveLog}).
 * Feeds are polled every {@code --poll-interval} seconds (a feed's own poll interval, a setting of
 * the feed), their first polls spread over one interval as in a long-running instance; articles
 * first served during the warm-up (one interval by default, while the feeds' backlog builds up)
 * are not counted, nor are those served after the measured window, which is followed by {@code
 * --drain} seconds for the last ones to reach their stories.
 */
@Command(name = "crawl-latency", mixinStandardHelpOptions = true,
    description = "Ingestion-to-story latency of wdn run (the built jar, in a child process) crawling synthetic feeds over loopback HTTP.")
public final class CrawlLatencyBench implements Callable<Integer> {
  @Option(names = "--rate", defaultValue = "10", description = "Articles appearing per second, over all feeds.") double rate;
  @Option(names = "--feeds", defaultValue = "1000") int feeds;
  @Option(names = "--outlets", defaultValue = "40", description = "Outlets, each a host of its own (127.0.0.1, .2, ...); feeds are split among them.") int outlets;
  @Option(names = "--poll-interval", defaultValue = "300", description = "Seconds between two polls of a feed (each feed's pollInterval; 300 = the scheduler's minimum).") long pollSeconds;
  @Option(names = "--warmup", defaultValue = "-1", description = "Seconds not measured at the start; -1: one poll interval.") long warmupSeconds;
  @Option(names = "--measure", defaultValue = "180", description = "Seconds of the measured window.") long measureSeconds;
  @Option(names = "--drain", defaultValue = "60", description = "Seconds the crawl goes on after the window.") long drainSeconds;
  @Option(names = "--per-day", defaultValue = "100000", description = "Articles a day in the synthetic news (as for e2e: sets how many stories are open at once).") int perDay;
  @Option(names = "--seed", defaultValue = "1") long seed;
  @Option(names = "--wdn-jar", defaultValue = "app/target/wdn.jar", description = "The built wdn jar.") Path wdnJar;
  @Option(names = "--java-opts", defaultValue = "", description = "Extra JVM options of the wdn run process, space-separated.") String javaOpts;
  @Option(names = "--data", description = "Data directory of wdn run (default: a new temporary one, deleted after).") Path data;

  private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
  private static final java.util.regex.Pattern RUN_LOG = java.util.regex.Pattern.compile("(\\d+) new.*read to story: median ([0-9.]+) s, slowest ([0-9.]+) s");

  /** A line of wdn run's output with when the bench read it. */
  private record Line(long atMillis, String text) {}

  @Override
  public Integer call() throws Exception {
    if (rate <= 0 || feeds < outlets || outlets < 1 || pollSeconds < 1 || measureSeconds < 1 || drainSeconds < 0) {
      throw new IllegalArgumentException("need --rate > 0, --feeds >= --outlets >= 1, --poll-interval, --measure >= 1, --drain >= 0");
    }
    if (!Files.isRegularFile(wdnJar)) {
      throw new IllegalArgumentException("--wdn-jar not found: " + wdnJar + " (build it: ./mvnw -B -q -ntp -pl bench,app -am package -DskipTests)");
    }
    long warmup = warmupSeconds < 0 ? pollSeconds : warmupSeconds;
    long totalSeconds = warmup + measureSeconds + drainSeconds;
    int feedsPerOutlet = feeds / outlets;
    Path dir = data != null ? data : Files.createTempDirectory("wdn-crawl");
    DataDirectory dataDir = DataDirectory.open(dir);
    System.out.printf(Locale.ROOT, "crawl-latency: %.1f articles/s over %d feeds of %d outlets (hosts), each polled every %d s; warm-up %d s,"
        + " measured %d s, drain %d s; bench %s%n", rate, feedsPerOutlet * outlets, outlets, pollSeconds, warmup, measureSeconds, drainSeconds,
        Measure.machine());

    List<SyntheticFeedServer.Item> items = schedule((long) Math.ceil(rate * totalSeconds) + 1, feedsPerOutlet);
    long t0 = System.currentTimeMillis() + 2000;
    List<SyntheticFeedServer.Item> timed = items.stream()
        .map(i -> new SyntheticFeedServer.Item(i.page(), i.outlet(), i.feed(), i.appearsAtMillis() + t0)).toList();
    try (SyntheticFeedServer server = new SyntheticFeedServer(timed, outlets, feedsPerOutlet, System::currentTimeMillis)) {
      seed(dataDir, server, feedsPerOutlet, t0);
      StorySaveLog.install(dataDir.jdbcUrl());
      Path log = dir.resolve("run.log");
      Path gcLog = dir.resolve("gc.log");
      Process child = start(dir, gcLog);
      List<Line> lines = new CopyOnWriteArrayList<>();
      Thread reader = readOutput(child, log, lines);
      ChildSampler sampler = new ChildSampler(child.pid());
      long windowStart = t0 + warmup * 1000;
      long windowEnd = windowStart + measureSeconds * 1000;
      long end = windowEnd + drainSeconds * 1000;
      ChildSampler.Sample atStart = null;
      ChildSampler.Sample atEnd = null;
      long benchCpu0 = 0;
      long benchCpu1 = 0;
      long nextReport = t0 + 30_000;
      while (System.currentTimeMillis() < end && child.isAlive()) {
        long now = System.currentTimeMillis();
        sampler.sample();
        if (atStart == null && now >= windowStart) {
          atStart = sampler.last();
          benchCpu0 = benchCpuNanos();
        }
        if (atEnd == null && now >= windowEnd) {
          atEnd = sampler.last();
          benchCpu1 = benchCpuNanos();
        }
        if (now >= nextReport) {
          nextReport += 30_000;
          long appeared = timed.stream().filter(i -> i.appearsAtMillis() <= now).count();
          long served = timed.stream().filter(i -> server.firstServedMicros(i) != null).count();
          System.out.printf(Locale.ROOT, "%4d s: %d appeared, %d pages fetched; wdn run CPU %.0f s, resident %s%n",
              (now - t0) / 1000, appeared, served, sampler.last().cpuSeconds(), Measure.mib(sampler.last().residentBytes()));
        }
        Thread.sleep(1000);
      }
      if (!child.isAlive()) {
        reader.join(5000);
        throw new IllegalStateException("wdn run exited early with status " + child.exitValue() + "; see " + log);
      }
      long peakResident = sampler.peakResidentBytes();
      child.destroy();
      if (!child.waitFor(3, TimeUnit.MINUTES)) {
        child.destroyForcibly();
        child.waitFor();
      }
      reader.join(10_000);
      Report report = new Report(windowStart, windowEnd, end);
      report.latencies(timed, server, dataDir.jdbcUrl());
      report.process(atStart, atEnd, peakResident, gcLog, (benchCpu1 - benchCpu0) / 1e9);
      report.runLog(lines.stream().filter(l -> l.atMillis() >= windowStart && l.atMillis() <= windowEnd).map(Line::text).toList());
      System.out.println("data: " + dir + "; wdn run output: " + log);
    } finally {
      if (data == null) {
        DiskUsage.delete(dir);
      }
    }
    return 0;
  }

  /**
   * The e2e bench's synthetic news, one article every 1/rate seconds (times relative to 0), each
   * in one of its outlet's feeds in turn.
   */
  private List<SyntheticFeedServer.Item> schedule(long n, int feedsPerOutlet) {
    Map<String, Integer> outletIndex = new HashMap<>();
    List<SyntheticWorld.Outlet> world = new SyntheticWorld(seed, outlets).outlets();
    for (int i = 0; i < world.size(); i++) {
      outletIndex.put(world.get(i).domain(), i);
    }
    int[] nextFeed = new int[outlets];
    SyntheticNewsStream stream = new SyntheticNewsStream(seed, outlets, n, perDay, START);
    List<SyntheticFeedServer.Item> out = new ArrayList<>();
    for (long j = 0; stream.hasNext(); j++) {
      SyntheticArticleWriter.Page page = stream.next();
      int o = outletIndex.get(page.outletDomain());
      out.add(new SyntheticFeedServer.Item(page, o, nextFeed[o]++ % feedsPerOutlet, (long) (j * 1000 / rate)));
    }
    return out;
  }

  /**
   * Configures the feeds in the store as {@code wdn sources add} would, each with its poll
   * interval, and with first polls spread evenly over one interval (round the hosts), as they
   * are in an instance that has been running for a while (the scheduler's jitter spreads them).
   */
  private void seed(DataDirectory dataDir, SyntheticFeedServer server, int feedsPerOutlet, long t0) throws Exception {
    List<SyntheticWorld.Outlet> world = new SyntheticWorld(seed, outlets).outlets();
    Duration interval = Duration.ofSeconds(pollSeconds);
    try (Store store = Stores.open(StoreConfig.defaults(), dataDir, Clock.systemUTC())) {
      int total = feedsPerOutlet * outlets;
      for (int f = 0; f < feedsPerOutlet; f++) {
        for (int o = 0; o < outlets; o++) {
          SyntheticWorld.Outlet so = world.get(o);
          Feed feed = new Feed(null, server.feedUrl(o, f), so.name() + " " + f, new Outlet(so.name(), so.domain(), null, "en", null, null),
              FeedKind.RSS, interval, true);
          store.saveFeed(feed);
          Instant next = Instant.ofEpochMilli(t0 + (f * outlets + o) * pollSeconds * 1000 / total);
          store.saveFeedHealth(new FeedHealth(feed.id(), null, null, null, null, 0, rate * 86_400 / total, null, null, next));
        }
      }
    }
  }

  private Process start(Path dir, Path gcLog) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-Xlog:gc:file=" + gcLog));
    if (!javaOpts.isBlank()) {
      cmd.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
    }
    cmd.addAll(List.of("-jar", wdnJar.toString(), "run", "--data", dir.toString(), "--port", Integer.toString(port), "--allow-private-addresses"));
    System.out.println("wdn run: " + String.join(" ", cmd));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static Thread readOutput(Process child, Path log, List<Line> lines) {
    Thread t = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
        for (String line; (line = in.readLine()) != null; ) {
          long now = System.currentTimeMillis();
          lines.add(new Line(now, line));
          out.println(now + " " + line);
        }
      } catch (java.io.IOException e) {
        if (child.isAlive()) {
          System.err.println("reading wdn run's output: " + e.getMessage());
        }
      }
    }, "wdn-run-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static long benchCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The figures of a run, printed as they are computed. */
  private static final class Report {
    private final long windowStart;
    private final long windowEnd;
    private final long end;
    private long stored;

    Report(long windowStart, long windowEnd, long end) {
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.end = end;
    }

    void latencies(List<SyntheticFeedServer.Item> items, SyntheticFeedServer server, String jdbcUrl) throws Exception {
      Map<String, String> urlById = new HashMap<>();
      List<StorySaveLog.Event> events = StorySaveLog.read(jdbcUrl, urlById);
      Map<String, String> idByUrl = new HashMap<>();
      urlById.forEach((id, url) -> idByUrl.put(url, id));
      Map<String, StorySaveLog.Saved> saved = new HashMap<>();
      for (StorySaveLog.Saved s : StorySaveLog.replay(events)) {
        saved.put(s.articleId(), s);
      }
      List<Double> fetchedToStory = new ArrayList<>();
      List<Double> appearedToStory = new ArrayList<>();
      long fetched = 0;
      long notStored = 0;
      long unsaved = 0;
      for (SyntheticFeedServer.Item it : items) {
        Long served = server.firstServedMicros(it);
        if (served == null || served / 1000 < windowStart || served / 1000 > windowEnd) {
          continue;
        }
        fetched++;
        String id = idByUrl.get(it.page().url());
        if (id == null) {
          id = idByUrl.get(UrlCanonicalizer.canonicalize(it.page().url()));
        }
        if (id == null) {
          id = idByUrl.get(UrlCanonicalizer.canonicalize(server.servedUrl(it)));
        }
        if (id == null) {
          notStored++;
          continue;
        }
        stored++;
        StorySaveLog.Saved s = saved.get(id);
        if (s == null) {
          unsaved++;
          fetchedToStory.add(Double.POSITIVE_INFINITY);
          appearedToStory.add(Double.POSITIVE_INFINITY);
        } else {
          fetchedToStory.add((s.savedMillis() - served / 1000.0) / 1000);
          appearedToStory.add((s.savedMillis() - it.appearsAtMillis()) / 1000.0);
        }
      }
      double seconds = (windowEnd - windowStart) / 1000.0;
      System.out.printf(Locale.ROOT, "window: %d pages fetched (%.1f/s), %d stored (%.1f/s; %d not stored: wire copies and other duplicates),"
          + " %d stored but their story not saved within %d s after the window%n", fetched, fetched / seconds, stored, stored / seconds, notStored,
          unsaved, (end - windowEnd) / 1000);
      System.out.println("fetched to first story save: " + quantiles(fetchedToStory));
      System.out.println("appeared in its feed to first story save (adds the wait for the feed's next poll): " + quantiles(appearedToStory));
    }

    void process(ChildSampler.Sample a, ChildSampler.Sample b, long peakResident, Path gcLog, double benchCpuSeconds) throws Exception {
      double cpu = b.cpuSeconds() - a.cpuSeconds();
      double wall = (b.atMillis() - a.atMillis()) / 1000.0;
      long maxBefore = 0;
      long maxAfter = 0;
      long maxCommitted = 0;
      java.util.regex.Pattern p = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
      if (Files.exists(gcLog)) {
        for (String line : Files.readAllLines(gcLog)) {
          java.util.regex.Matcher m = p.matcher(line);
          if (m.find()) {
            maxBefore = Math.max(maxBefore, Long.parseLong(m.group(1)));
            maxAfter = Math.max(maxAfter, Long.parseLong(m.group(2)));
            maxCommitted = Math.max(maxCommitted, Long.parseLong(m.group(3)));
          }
        }
      }
      double queued = b.runQueueSeconds() - a.runQueueSeconds();
      System.out.printf(Locale.ROOT, "wdn run process in the window: CPU %.0f s in %.0f s (%.2f cores), %.1f ms CPU per stored article;"
          + " its threads waited %.0f s for a CPU (%.2f s per CPU second); resident peak %s; heap after GC max %d MiB, before GC max %d MiB,"
          + " committed max %d MiB (whole run)%n", cpu, wall, cpu / wall, stored == 0 ? Double.NaN : cpu * 1000 / stored, queued,
          cpu == 0 ? Double.NaN : queued / cpu, Measure.mib(peakResident), maxAfter, maxBefore, maxCommitted);
      System.out.printf(Locale.ROOT, "bench process (feed server) CPU in the window: %.0f s (%.2f cores), on the same cores%n", benchCpuSeconds,
          benchCpuSeconds / wall);
    }

    void runLog(List<String> lines) {
      List<double[]> batches = new ArrayList<>();
      for (String l : lines) {
        java.util.regex.Matcher m = RUN_LOG.matcher(l);
        if (m.find()) {
          batches.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
        }
      }
      if (batches.isEmpty()) {
        System.out.println("wdn run's own log: no batch line in the window");
        return;
      }
      double[] medians = batches.stream().mapToDouble(b -> b[1]).sorted().toArray();
      double[] slowest = batches.stream().mapToDouble(b -> b[2]).sorted().toArray();
      double articles = batches.stream().mapToDouble(b -> b[0]).sum();
      System.out.printf(Locale.ROOT, "wdn run's own log (read after extraction to the end of the batch's commit), %d batches in the window,"
          + " %.0f new articles (%.1f per batch): batch medians p50 %.2f s, p95 %.2f s; slowest per batch p50 %.2f s, p95 %.2f s, max %.2f s%n",
          batches.size(), articles, articles / batches.size(), at(medians, 0.5), at(medians, 0.95), at(slowest, 0.5), at(slowest, 0.95),
          slowest[slowest.length - 1]);
    }

    private static double at(double[] sorted, double q) {
      return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private String quantiles(List<Double> values) {
      if (values.isEmpty()) {
        return "no samples";
      }
      double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return String.format(Locale.ROOT, "p50 %s, p95 %s, p99 %s, max %s (%d articles)", fmt(at(s, 0.5)), fmt(at(s, 0.95)), fmt(at(s, 0.99)),
          fmt(s[s.length - 1]), s.length);
    }

    private static String fmt(double seconds) {
      return Double.isInfinite(seconds) ? "not saved" : String.format(Locale.ROOT, "%.2f s", seconds);
    }
  }
}
