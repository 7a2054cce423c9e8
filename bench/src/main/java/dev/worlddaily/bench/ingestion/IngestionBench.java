package dev.worlddaily.bench.ingestion;

import com.sun.net.httpserver.HttpServer;
import dev.worlddaily.bench.Measure;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.ingest.CrawlMemory;
import dev.worlddaily.ingest.CrawledItem;
import dev.worlddaily.ingest.HttpFetcher;
import dev.worlddaily.ingest.IngestConfig;
import dev.worlddaily.ingest.Ingestor;
import dev.worlddaily.ingest.PollResult;
import dev.worlddaily.model.Feed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingestion throughput: a local server with many feeds of many full-text items; every feed is
 * polled over HTTP, parsed, and every item extracted into an article, as {@code wdn run} does;
 * then every feed is polled again, when the crawl memory skips the items already read.
 */
@Command(name = "ingestion", mixinStandardHelpOptions = true, description = "Items per second through fetch, feed parsing and extraction.")
public final class IngestionBench implements Callable<Integer> {
  @Option(names = "--feeds", defaultValue = "200") int feeds;
  @Option(names = "--items", defaultValue = "50") int items;
  @Option(names = "--threads", defaultValue = "8", description = "Feeds fetched at once.") int threads;
  @Option(names = "--words", defaultValue = "600", description = "Words per item.") int words;

  @Override
  public Integer call() throws Exception {
    List<String> bodies = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      bodies.add(feed(f));
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", ex -> {
      try (ex) {
        String path = ex.getRequestURI().getPath();
        byte[] body = path.equals("/robots.txt") ? "User-agent: *\n".getBytes(StandardCharsets.UTF_8)
            : bodies.get(Integer.parseInt(path.replaceAll("\\D", ""))).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", path.equals("/robots.txt") ? "text/plain" : "application/rss+xml");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    // Every feed lives on one loopback host here, so the per-host limit is lifted to the thread
    // count; everything else (robots, limits, decompression checks) is the default fetch path.
    IngestConfig config = IngestConfig.defaults().withUserAgent("worlddaily-bench/0.1").withAllowPrivateAddresses(true)
        .withMinDelay(Duration.ZERO).withConcurrency(threads, threads).withRetries(0, Duration.ofMillis(100), Duration.ofSeconds(1));
    AtomicInteger articles = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    Map<String, CrawlMemory.Seen> memory = new ConcurrentHashMap<>();
    try (Measure m = new Measure(); HttpFetcher fetcher = new HttpFetcher(config)) {
      Ingestor ingestor = new Ingestor(config, fetcher, new DocumentExtractor(ExtractConfig.defaults()));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      // First pass: every item is new. Second pass: the same feeds again (no validators on this
      // server, so each answers 200), as wdn run re-polls them: the crawl memory skips every item.
      double first = pass(ingestor, pool, base, memory, articles, failures, skipped);
      int firstArticles = articles.get();
      double second = pass(ingestor, pool, base, memory, articles, failures, skipped);
      pool.shutdown();
      System.out.printf(Locale.ROOT, "ingestion: %d feeds x %d items (%d words each), %d threads%n", feeds, items, words, threads);
      System.out.printf(Locale.ROOT, "  new items: %d articles, %d failures in %.2f s = %.0f items/s%n", firstArticles, failures.get(), first, firstArticles / first);
      System.out.printf(Locale.ROOT, "  re-poll: %d feeds, %d items skipped as known, %d re-read, in %.2f s%n", feeds, skipped.get(), articles.get() - firstArticles, second);
      System.out.printf(Locale.ROOT, "  peak heap %s, peak resident %s; %s%n", Measure.mib(m.peakHeapBytes()), Measure.mib(Measure.peakResidentBytes()), Measure.machine());
    } finally {
      server.stop(0);
    }
    return failures.get() == 0 ? 0 : 1;
  }

  /** Polls every feed once through the crawl memory; returns the seconds it took. */
  private double pass(Ingestor ingestor, ExecutorService pool, String base, Map<String, CrawlMemory.Seen> memory,
      AtomicInteger articles, AtomicInteger failures, AtomicInteger skipped) throws Exception {
    long start = System.nanoTime();
    List<Future<PollResult>> done = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      Feed feed = Feed.of(base + "/feed" + f + ".xml", null);
      done.add(pool.submit(() -> ingestor.poll(feed, null, null, url -> Optional.ofNullable(memory.get(url)), () -> false,
          o -> (o.isOk() ? articles : failures).incrementAndGet())));
    }
    for (Future<PollResult> d : done) {
      PollResult r = d.get();
      if (!r.ok()) {
        failures.incrementAndGet();
      }
      skipped.addAndGet(r.unchanged());
      for (CrawledItem c : r.crawled()) {
        memory.put(c.url(), new CrawlMemory.Seen(c.fetched(), c.fetched(), c.itemTime()));
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private String feed(int f) {
    Random r = new Random(f);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed ")
        .append(f).append("</title><link>https://outlet").append(f).append(".example/</link>");
    for (int i = 0; i < items; i++) {
      sb.append("<item><title>Item ").append(i).append(" of outlet ").append(f).append("</title><link>https://outlet").append(f)
          .append(".example/news/").append(i).append("</link><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate><content:encoded><![CDATA[");
      for (int p = 0; p < words / 60; p++) {
        sb.append("<p>");
        for (int w = 0; w < 60; w++) {
          sb.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        sb.append("</p>");
      }
      sb.append("]]></content:encoded></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static final String[] WORDS = ("the council harbour minister said on Tuesday that workers would return after talks over wages and "
      + "the port authority agreed to inspect cranes while ships waited offshore for the backlog to clear and prices rose").split(" ");
}
