package dev.worlddaily.ingest;

import dev.worlddaily.extract.ArticleExtractor;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Turns a source into articles: a feed (full-text items extracted in place, teasers fetched to
 * full text), a sitemap or news sitemap (with indexes, gzipped or not), an OPML list of feeds,
 * an article page (or, when a page is not an article, the feed it advertises), a file or a
 * directory. Every article or failure goes to the sink as an {@link Outcome}; nothing here
 * throws on bad input. Polling a configured source also consults the crawl memory, so only new
 * or changed items are fetched.
 */
public final class Ingestor {
  /** Items of one feed read per poll, the newest first; as many as of a sitemap. */
  static final int MAX_FEED_ITEMS = SitemapReader.MAX_URLS;

  private static final Pattern FEED_ROOT = Pattern.compile("<(?:rss|rdf:rdf|feed)[\\s>]");
  private static final Duration RATE_WINDOW = Duration.ofDays(14);

  private final IngestConfig config;
  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final FeedParser feeds = new FeedParser();
  private final LocalFiles files;
  private final SitemapReader sitemaps;
  private final Revisits revisits;
  private final Clock clock;

  public Ingestor(IngestConfig config, HttpFetcher fetcher, ArticleExtractor extractor) {
    this(config, fetcher, extractor, Clock.systemUTC());
  }

  public Ingestor(IngestConfig config, HttpFetcher fetcher, ArticleExtractor extractor, Clock clock) {
    this.config = config;
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.files = new LocalFiles(config);
    this.sitemaps = new SitemapReader(fetcher);
    this.revisits = new Revisits(config.revisitInterval(), config.revisitWindow());
    this.clock = clock;
  }

  /** One reading of a source: where outcomes go, what is remembered, and what was seen. */
  private static final class Run {
    final Consumer<Outcome<Article>> sink;
    final CrawlMemory memory;
    final Progress progress;
    /** Polling a source: an HTML page stands for the feed it advertises. */
    final boolean polling;
    final List<CrawledItem> crawled = new ArrayList<>();
    final List<Instant> itemTimes = new ArrayList<>();
    int items;
    int unchanged;
    int failedItems;
    String discovered;

    final BooleanSupplier stopRequested;
    /** True when a stop request left items unread. */
    boolean cut;

    Run(Consumer<Outcome<Article>> sink, CrawlMemory memory, Progress progress, boolean polling, BooleanSupplier stopRequested) {
      this.sink = sink;
      this.memory = memory;
      this.progress = progress;
      this.polling = polling;
      this.stopRequested = stopRequested;
    }
  }

  /** Ingests a path or URL; every item is fetched (no crawl memory). */
  public void ingest(String target, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress) {
    String t = target.strip();
    Run run = new Run(sink, CrawlMemory.NONE, progress, false, () -> false);
    if (t.startsWith("http://") || t.startsWith("https://")) {
      ingestUrl(t, outlet, run, 0);
    } else {
      files.read(t, outlet, extractor, this, sink, progress);
    }
  }

  /**
   * Polls a configured source conditionally. Items the memory knows and that are not due for a
   * revisit are skipped; a source that cannot be fetched or read fails as a whole, while a
   * failing item only counts against the source.
   */
  public PollResult poll(Feed feed, String etag, String lastModified, CrawlMemory memory, BooleanSupplier stopRequested,
      Consumer<Outcome<Article>> sink) {
    FetchResult r;
    try {
      r = fetcher.fetch(feed.url(), etag, lastModified);
    } catch (FetchException e) {
      return PollResult.failed(e.getMessage(), e.status(), e.retryAfter());
    }
    if (r.notModified()) {
      return PollResult.notModified(etag, lastModified);
    }
    Run run = new Run(sink, memory, Progress.NONE, true, stopRequested);
    String error = route(r, feed.outlet(), run, 0);
    if (error != null) {
      return PollResult.failed(error, 0, null);
    }
    // Validators of a page that led to its feed say nothing about the feed.
    boolean direct = run.discovered == null;
    return new PollResult(true, !run.cut, false, run.items, run.unchanged, run.failedItems, direct ? r.etag() : null, direct ? r.lastModified() : null,
        null, 200, null, run.crawled, publishedPerDay(run.itemTimes, clock.instant()), run.discovered);
  }

  private void ingestUrl(String url, Outlet outlet, Run run, int depth) {
    try {
      String error = route(fetcher.fetch(url, null, null), outlet, run, depth);
      if (error != null) {
        run.sink.accept(Outcome.failed(error));
      }
    } catch (FetchException e) {
      run.sink.accept(Outcome.failed(e.getMessage()));
    }
  }

  /** Reads a local feed, sitemap or OPML file like a fetched one. */
  void readLocal(FetchResult r, Outlet outlet, Consumer<Outcome<Article>> sink) {
    String error = route(r, outlet, new Run(sink, CrawlMemory.NONE, Progress.NONE, false, () -> false), 0);
    if (error != null) {
      sink.accept(Outcome.failed(error));
    }
  }

  /** Decides what a fetched body is and reads it; returns the source-level error, or null. */
  private String route(FetchResult r, Outlet outlet, Run run, int depth) {
    byte[] body = r.body();
    if (SitemapReader.isGzip(body)) {
      try {
        body = fetcher.gunzip(body, r.url());
      } catch (FetchException e) {
        return e.getMessage();
      }
    }
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    String type = r.contentType() == null ? "" : r.contentType();
    FetchResult fetched = body == r.body() ? r : new FetchResult(r.url(), r.status(), body, r.contentType(), r.charset(), r.etag(), r.lastModified());
    if (head.contains("<opml")) {
      return readOpml(fetched, run, depth);
    }
    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      return readSitemap(fetched, outlet, run);
    }
    if (FEED_ROOT.matcher(head).find() || type.contains("rss") || type.contains("atom") || type.contains("feed+json")
        || head.stripLeading().startsWith("{") && head.contains("jsonfeed.org")) {
      return readFeed(fetched, outlet, run);
    }
    return readPage(fetched, outlet, run, depth);
  }

  private String readFeed(FetchResult r, Outlet outlet, Run run) {
    ParsedFeed feed;
    try {
      feed = feeds.parse(r.body(), r.contentType(), r.charset(), r.url());
    } catch (IllegalArgumentException e) {
      return r.url() + ": " + e.getMessage();
    }
    List<FeedItem> items = feed.items();
    if (items.size() > MAX_FEED_ITEMS) {
      // A feed of 100,000 items would be 100,000 page fetches: read the newest, as for sitemaps.
      run.sink.accept(Outcome.skipped(r.url() + ": the feed lists " + items.size() + " items; reading the newest " + MAX_FEED_ITEMS));
      items = items.stream()
          .sorted(java.util.Comparator.comparing((FeedItem i) -> newest(i.published(), i.updated()), java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
          .limit(MAX_FEED_ITEMS).toList();
    }
    readItems(items, outlet, run);
    return null;
  }

  private void readItems(List<FeedItem> items, Outlet outlet, Run run) {
    int done = 0;
    for (FeedItem item : items) {
      if (run.stopRequested.getAsBoolean()) {
        run.cut = true;
        return;
      }
      run.progress.update(done++, items.size());
      Instant itemTime = newest(item.published(), item.updated());
      if (itemTime != null) {
        run.itemTimes.add(itemTime);
      }
      if (item.link() == null) {
        run.sink.accept(Outcome.skipped("feed item without a link: " + item.title()));
        continue;
      }
      String key = UrlCanonicalizer.canonicalize(item.link());
      Instant now = clock.instant();
      if (run.memory.seen(key).map(seen -> !revisits.due(seen, itemTime, now)).orElse(false)) {
        run.unchanged++;
        continue;
      }
      ItemResult result = article(item, outlet);
      run.sink.accept(result.outcome());
      if (result.outcome().isOk()) {
        run.items++;
        run.crawled.add(new CrawledItem(key, result.outcome().value().id(), itemTime, now));
      } else {
        run.failedItems += result.outcome().status() == Outcome.Status.FAILED ? 1 : 0;
        if (result.remember()) {
          run.crawled.add(new CrawledItem(key, null, itemTime, now));
        }
      }
    }
    run.progress.update(done, items.size());
  }

  /** An item's outcome, and whether fetching it again soon would be pointless. */
  private record ItemResult(Outcome<Article> outcome, boolean remember) {}

  /** A feed item as an article: extracted from its content when full, else fetched. */
  private ItemResult article(FeedItem item, Outlet outlet) {
    String content = item.contentHtml();
    Outcome<Article> o;
    if (content != null && Jsoup.parse(content).text().length() >= config.fullTextMinChars()) {
      String html = "<html><head><title>" + org.jsoup.nodes.Entities.escape(item.title() == null ? "" : item.title())
          + "</title></head><body><article>" + content + "</article></body></html>";
      o = extractor.extract(new RawDocument(item.link(), html.getBytes(StandardCharsets.UTF_8), "text/html", "utf-8", clock.instant(), outlet));
    } else {
      try {
        FetchResult page = fetcher.fetch(item.link(), null, null);
        o = extractor.extract(new RawDocument(page.url(), page.body(), page.contentType(), page.charset(), clock.instant(), outlet));
      } catch (FetchException e) {
        return new ItemResult(e.retryAfter() != null && e.status() == 0 ? Outcome.skipped(e.getMessage()) : Outcome.failed(e.getMessage()), e.isPermanent());
      }
    }
    // Fetched and read: the page gives the same result until it changes, which revisits catch.
    return new ItemResult(o.map(a -> fillFromItem(a, item)), true);
  }

  /** What the feed states and the page does not (dates, authors, title, image) fills the gaps. */
  private static Article fillFromItem(Article a, FeedItem item) {
    Article.Builder b = a.toBuilder();
    if (a.title().isBlank() && item.title() != null) {
      b.title(item.title().strip());
    }
    if (a.published() == null && item.published() != null) {
      b.published(item.published());
    }
    if (a.updated() == null && item.updated() != null && !item.updated().equals(item.published())) {
      b.updated(item.updated());
    }
    if (a.authors().isEmpty() && !item.authors().isEmpty()) {
      b.authors(item.authors());
    }
    if (a.images().isEmpty() && item.imageUrl() != null && item.imageUrl().startsWith("http")) {
      b.images(List.of(dev.worlddaily.model.ArticleImage.of(item.imageUrl(), item.imageCaption(), item.imageCredit())));
    }
    return CanonicalIdentity.canonical(b.build());
  }

  private String readPage(FetchResult r, Outlet outlet, Run run, int depth) {
    List<String> advertised = depth < 2 ? FeedDiscovery.feeds(Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), r.url())) : List.of();
    if (run.polling && !advertised.isEmpty()) {
      // A configured home page stands for its feed.
      return followDiscovered(advertised.get(0), outlet, run, depth);
    }
    Outcome<Article> o = extractor.extract(new RawDocument(r.url(), r.body(), r.contentType(), r.charset(), clock.instant(), outlet));
    if (o.isOk()) {
      run.items++;
      run.sink.accept(o.map(CanonicalIdentity::canonical));
      return null;
    }
    if (!advertised.isEmpty()) {
      // Not an article: a home page may advertise its feed.
      return followDiscovered(advertised.get(0), outlet, run, depth);
    }
    run.sink.accept(Outcome.skipped(r.url() + ": " + o.describe()));
    return null;
  }

  private String followDiscovered(String feedUrl, Outlet outlet, Run run, int depth) {
    if (run.discovered == null) {
      run.discovered = feedUrl;
    }
    try {
      return route(fetcher.fetch(feedUrl, null, null), outlet, run, depth + 1);
    } catch (FetchException e) {
      return e.getMessage();
    }
  }

  private String readSitemap(FetchResult r, Outlet outlet, Run run) {
    SitemapReader.Items found;
    try {
      found = sitemaps.read(r.url(), r.body());
    } catch (IllegalArgumentException e) {
      return r.url() + ": " + e.getMessage();
    }
    for (String error : found.errors()) {
      run.failedItems++;
      run.sink.accept(Outcome.failed(error));
    }
    readItems(found.items(), outlet, run);
    return null;
  }

  private String readOpml(FetchResult r, Run run, int depth) {
    List<Feed> listed;
    try {
      listed = OpmlCodec.read(XmlDecoder.decode(r.body(), r.charset()));
    } catch (IllegalArgumentException e) {
      return r.url() + ": OPML: " + e.getMessage();
    }
    if (depth >= 2) {
      return r.url() + ": OPML nested too deep";
    }
    int done = 0;
    for (Feed f : listed) {
      ingestUrl(f.url(), f.outlet(), run, depth + 1);
      run.progress.update(++done, listed.size());
    }
    return null;
  }

  /**
   * Items per day that the items' dates show: the dated items of the last two weeks over the
   * time since the oldest of them; zero when every date is older; NaN when no item has a date.
   */
  static double publishedPerDay(List<Instant> times, Instant now) {
    if (times.isEmpty()) {
      return Double.NaN;
    }
    List<Instant> recent = times.stream().filter(t -> t.isAfter(now.minus(RATE_WINDOW)) && t.isBefore(now.plus(Duration.ofDays(1)))).toList();
    if (recent.isEmpty()) {
      return 0;
    }
    Instant oldest = recent.stream().min(Instant::compareTo).orElseThrow();
    double days = Math.max(Duration.between(oldest, now).toSeconds(), 3600) / 86_400.0;
    return recent.size() / days;
  }

  private static Instant newest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
