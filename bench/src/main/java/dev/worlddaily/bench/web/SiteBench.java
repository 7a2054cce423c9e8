package dev.worlddaily.bench.web;

import dev.worlddaily.bench.Measure;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.LuceneSearchIndex;
import dev.worlddaily.store.StoryQuery;
import dev.worlddaily.web.SiteConfig;
import dev.worlddaily.web.WebApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Server time per page with many stories stored: fills a data directory with synthetic stories
 * once (reused on later runs), starts the site on loopback, and requests every kind of page and
 * feed in turn, one request at a time, reading the server's own {@code Server-Timing} figure
 * (handler start to response written into the buffer) and the client's round trip.
 */
@Command(name = "site", mixinStandardHelpOptions = true, description = "Server time per page and feed with N stories stored.")
public final class SiteBench implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "/tmp/wdn-site-bench", description = "Data directory, filled on the first run (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--stories", defaultValue = "10000") int stories;
  @Option(names = "--days", defaultValue = "14", description = "Days the stories are spread over.") int days;
  @Option(names = "--requests", defaultValue = "200", description = "Measured requests per kind of page.") int requests;
  @Option(names = "--warmup", defaultValue = "60", description = "Unmeasured requests per kind of page first.") int warmup;

  private static final Instant NEWEST = Instant.parse("2026-11-30T18:00:00Z");

  @Override
  public Integer call() throws Exception {
    DataDirectory dir = DataDirectory.open(data);
    Clock clock = Clock.fixed(NEWEST.plusSeconds(600), ZoneOffset.UTC);
    try (JdbcStore store = JdbcStore.openSqlite(dir, clock); LuceneSearchIndex index = LuceneSearchIndex.open(dir.index())) {
      long have = store.storyCount(true);
      if (have != 0 && have != stories) {
        throw new IllegalArgumentException(data + " holds " + have + " stories, not " + stories + ": remove it or pass another --data");
      }
      if (have == 0) {
        long start = System.nanoTime();
        SyntheticNews news = new SyntheticNews(42);
        news.fill(store, index, stories, days, NEWEST, (done, total) -> {
          if (done % 1000 == 0) {
            System.err.printf(Locale.ROOT, "generated %d/%d stories%n", done, total);
          }
        });
        System.out.printf(Locale.ROOT, "generated %d stories, %d articles in %.1f s%n", store.storyCount(true), store.articleCount(), (System.nanoTime() - start) / 1e9);
      } else if (index.isBehind(store)) {
        index.rebuild(store, Progress.NONE);
      }
      SiteConfig config = SiteConfig.defaults().withBaseUrl("http://127.0.0.1");
      WebApp web = new WebApp(store, index, config, null, clock);
      try (Measure m = new Measure()) {
        int port = web.start("127.0.0.1", 0);
        run(store, "http://127.0.0.1:" + port);
        System.out.println("  peak heap " + Measure.mib(m.peakHeapBytes()) + ", peak resident " + Measure.mib(Measure.peakResidentBytes()));
      } finally {
        web.stop();
      }
    }
    System.out.println("  machine: " + Measure.machine());
    return 0;
  }

  private void run(JdbcStore store, String base) throws Exception {
    Random random = new Random(7);
    List<Story> sample = new ArrayList<>(store.stories(StoryQuery.latest(2_000)));
    List<String> words = List.of("council", "harbour", "storm", "vote", "court", "market", "election", "treaty", "summit", "rates");
    LocalDate last = LocalDate.ofInstant(NEWEST, ZoneOffset.UTC);
    Map<String, Function<Integer, String>> pages = new LinkedHashMap<>();
    pages.put("home /", i -> "/");
    pages.put("category", i -> "/category/" + List.of("world", "politics", "business", "science").get(i % 4) + (i % 3 == 0 ? "?page=2" : ""));
    pages.put("story", i -> "/stories/" + pick(sample, random).slug());
    pages.put("article (cited span)", i -> {
      Story s = pick(sample, random);
      return "/articles/" + s.sources().get(0).articleId() + "?from=0&to=40";
    });
    pages.put("search words", i -> "/search?q=" + words.get(i % words.size()));
    pages.put("search filtered", i -> "/search?q=" + words.get(i % words.size()) + "&category=world&from=" + last.minusDays(5) + "&to=" + last);
    pages.put("entity", i -> "/entities/" + enc(pick(sample, random).tags().get(0)));
    pages.put("outlet", i -> "/outlets/" + pick(sample, random).sources().get(0).domain());
    pages.put("archive day", i -> "/archive/" + last.minusDays(i % 10));
    pages.put("archive index", i -> "/archive");
    pages.put("trends", i -> "/trends");
    pages.put("rss", i -> i % 2 == 0 ? "/feed.xml" : "/category/world/feed.xml");
    pages.put("atom", i -> "/atom.xml");
    pages.put("api story", i -> "/api/v1/stories/" + pick(sample, random).id());
    pages.put("api stories", i -> "/api/v1/stories?limit=30&offset=" + (i % 5) * 30);
    pages.put("api search", i -> "/api/v1/search?q=" + words.get(i % words.size()));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    // Trends are computed in the background; wait for the first report so the page timings are of serving it.
    long trendsStart = System.nanoTime();
    get(http, base + "/trends");
    System.out.printf(Locale.ROOT, "first /trends (computes the report): %.0f ms round trip%n", (System.nanoTime() - trendsStart) / 1e6);
    System.out.printf(Locale.ROOT, "site: %d stories stored, %d measured requests per page after %d warm-up; server time from Server-Timing%n",
        store.storyCount(true), requests, warmup);
    System.out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %9s %11s %9s%n", "page", "median", "p95", "p99", "max", "round trip", "bytes");
    for (Map.Entry<String, Function<Integer, String>> p : pages.entrySet()) {
      for (int i = 0; i < warmup; i++) {
        get(http, base + p.getValue().apply(i));
      }
      double[] server = new double[requests];
      double[] trip = new double[requests];
      long bytes = 0;
      for (int i = 0; i < requests; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(http, base + p.getValue().apply(i));
        trip[i] = (System.nanoTime() - t0) / 1e6;
        server[i] = Double.parseDouble(r.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
        bytes += r.body().length();
      }
      Arrays.sort(server);
      Arrays.sort(trip);
      System.out.printf(Locale.ROOT, "  %-22s %7.1fms %7.1fms %7.1fms %7.1fms %9.1fms %9d%n", p.getKey(), q(server, .5), q(server, .95), q(server, .99),
          server[server.length - 1], q(trip, .5), bytes / requests);
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(200, r.body().length())));
    }
    return r;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static double q(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
  }
}
