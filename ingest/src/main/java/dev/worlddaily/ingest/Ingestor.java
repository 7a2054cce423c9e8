package dev.worlddaily.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import dev.worlddaily.extract.ArticleExtractor;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.RawDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a source into articles: a feed (full-text items extracted in place, teasers fetched to
 * full text), a sitemap or news sitemap (with indexes), an OPML list of feeds, an article page
 * (or, when a page is not an article, the feed it advertises), a file or a directory. Every
 * article or failure goes to the sink as an {@link Outcome}; nothing here throws on bad input.
 */
public final class Ingestor {
  private static final int MAX_SITEMAP_URLS = 5_000;
  private final IngestConfig config;
  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final FeedParser feeds = new FeedParser();
  private final LocalFiles files;

  public Ingestor(IngestConfig config, HttpFetcher fetcher, ArticleExtractor extractor) {
    this.config = config;
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.files = new LocalFiles(config);
  }

  /** Ingests a path or URL. */
  public void ingest(String target, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress) {
    String t = target.strip();
    if (t.startsWith("http://") || t.startsWith("https://")) {
      ingestUrl(t, outlet, sink, progress, 0);
    } else {
      files.read(t, outlet, extractor, this, sink, progress);
    }
  }

  /** Polls a configured feed conditionally; returns what happened for its health record. */
  public PollResult poll(Feed feed, String etag, String lastModified, Consumer<Outcome<Article>> sink) {
    try {
      FetchResult r = fetcher.fetch(feed.url(), etag, lastModified);
      if (r.notModified()) {
        return PollResult.notModified(etag, lastModified);
      }
      int[] items = {0};
      routeFetched(r, feed.outlet(), outcome -> {
        items[0]++;
        sink.accept(outcome);
      }, Progress.NONE, 0);
      return PollResult.ok(items[0], r.etag(), r.lastModified());
    } catch (FetchException e) {
      return PollResult.failed(e.getMessage(), e.status());
    }
  }

  void ingestUrl(String url, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress, int depth) {
    try {
      routeFetched(fetcher.fetch(url, null, null), outlet, sink, progress, depth);
    } catch (FetchException e) {
      sink.accept(Outcome.failed(e.getMessage()));
    }
  }

  /** Decides what a fetched body is and reads it accordingly. */
  void routeFetched(FetchResult r, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress, int depth) {
    byte[] body = r.body();
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    String type = r.contentType() == null ? "" : r.contentType();
    if (head.contains("<opml")) {
      readOpml(new String(body, StandardCharsets.UTF_8), sink, progress, depth);
    } else if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      readSitemap(r.url(), body, outlet, sink, progress, depth);
    } else if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") || type.contains("rss") || type.contains("atom")
        || head.stripLeading().startsWith("{") && head.contains("jsonfeed.org")) {
      readFeed(r, outlet, sink, progress);
    } else {
      readPage(r, outlet, sink, progress, depth);
    }
  }

  private void readFeed(FetchResult r, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress) {
    ParsedFeed feed;
    try {
      feed = feeds.parse(r.body(), r.contentType(), r.url());
    } catch (IllegalArgumentException e) {
      sink.accept(Outcome.failed(r.url() + ": " + e.getMessage()));
      return;
    }
    int done = 0;
    for (FeedItem item : feed.items()) {
      sink.accept(article(item, outlet));
      progress.update(++done, feed.items().size());
    }
  }

  /** A feed item as an article: extracted from its content when full, else fetched. */
  Outcome<Article> article(FeedItem item, Outlet outlet) {
    if (item.link() == null) {
      return Outcome.skipped("feed item without a link: " + item.title());
    }
    String content = item.contentHtml();
    Outcome<Article> o;
    if (content != null && Jsoup.parse(content).text().length() >= config.fullTextMinChars()) {
      String html = "<html><head><title>" + org.jsoup.nodes.Entities.escape(item.title() == null ? "" : item.title())
          + "</title></head><body><article>" + content + "</article></body></html>";
      o = extractor.extract(new RawDocument(item.link(), html.getBytes(StandardCharsets.UTF_8), "text/html", "utf-8", Instant.now(), outlet));
    } else {
      try {
        FetchResult page = fetcher.fetch(item.link(), null, null);
        o = extractor.extract(new RawDocument(page.url(), page.body(), page.contentType(), page.charset(), Instant.now(), outlet));
      } catch (FetchException e) {
        return Outcome.failed(e.getMessage());
      }
    }
    return o.map(a -> fillFromItem(a, item));
  }

  /** What the feed states and the page does not (dates, authors, title) fills the gaps. */
  private static Article fillFromItem(Article a, FeedItem item) {
    Article.Builder b = a.toBuilder();
    if (a.title().isBlank() && item.title() != null) {
      b.title(item.title().strip());
    }
    if (a.published() == null && item.published() != null) {
      b.published(item.published());
    }
    if (a.updated() == null && item.updated() != null) {
      b.updated(item.updated());
    }
    if (a.authors().isEmpty() && !item.authors().isEmpty()) {
      b.authors(item.authors());
    }
    if (a.images().isEmpty() && item.imageUrl() != null && item.imageUrl().startsWith("http")) {
      b.images(List.of(dev.worlddaily.model.ArticleImage.of(item.imageUrl(), null, null)));
    }
    if (a.canonicalUrl().equals(a.url()) && item.link() != null) {
      b.canonicalUrl(item.link());
    }
    return canonical(b.build());
  }

  /** The article under its canonical URL (tracking parameters and fragments removed). */
  static Article canonical(Article a) {
    String canonical = UrlCanonicalizer.canonicalize(a.canonicalUrl());
    if (canonical.equals(a.canonicalUrl())) {
      return a;
    }
    return a.toBuilder().id(null).canonicalUrl(canonical).build();
  }

  private void readPage(FetchResult r, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress, int depth) {
    Outcome<Article> o = extractor.extract(new RawDocument(r.url(), r.body(), r.contentType(), r.charset(), Instant.now(), outlet));
    if (o.isOk()) {
      sink.accept(o.map(Ingestor::canonical));
      return;
    }
    // Not an article: a home page may advertise its feed.
    Document doc = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), r.url());
    Element alt = doc.selectFirst("link[rel=alternate][type~=(?i)application/(rss|atom|feed)\\+?(xml|json)?], link[rel=alternate][type=application/json]");
    if (alt != null && depth < 2) {
      ingestUrl(alt.absUrl("href"), outlet, sink, progress, depth + 1);
    } else {
      sink.accept(Outcome.skipped(r.url() + ": " + o.describe()));
    }
  }

  private void readSitemap(String url, byte[] body, Outlet outlet, Consumer<Outcome<Article>> sink, Progress progress, int depth) {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtensions();
    List<String> pages = new ArrayList<>();
    try {
      collectSitemap(parser, parser.parseSiteMap(body, new URL(url)), pages, depth);
    } catch (IOException | crawlercommons.sitemaps.UnknownFormatException | RuntimeException e) {
      sink.accept(Outcome.failed(url + ": not a readable sitemap: " + e.getMessage()));
      return;
    }
    int done = 0;
    for (String page : pages) {
      ingestUrl(page, outlet, sink, Progress.NONE, depth + 1);
      progress.update(++done, pages.size());
    }
  }

  private void collectSitemap(SiteMapParser parser, AbstractSiteMap map, List<String> pages, int depth) throws IOException, crawlercommons.sitemaps.UnknownFormatException {
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        if (depth > 3 || pages.size() >= MAX_SITEMAP_URLS) {
          return;
        }
        try {
          FetchResult r = fetcher.fetch(child.getUrl().toString(), null, null);
          byte[] body = r.body();
          if (child.getUrl().getPath().endsWith(".gz") && body.length > 1 && (body[0] & 0xFF) == 0x1f) {
            body = fetcher.gunzip(body, r.url());
          }
          collectSitemap(parser, parser.parseSiteMap(body, child.getUrl()), pages, depth + 1);
        } catch (FetchException e) {
          // one broken child sitemap does not stop the others
        }
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL u : sitemap.getSiteMapUrls()) {
        if (pages.size() >= MAX_SITEMAP_URLS) {
          return;
        }
        pages.add(u.getUrl().toString());
      }
    }
  }

  private void readOpml(String opml, Consumer<Outcome<Article>> sink, Progress progress, int depth) {
    List<Feed> listed;
    try {
      listed = OpmlCodec.read(opml);
    } catch (IllegalArgumentException e) {
      sink.accept(Outcome.failed("OPML: " + e.getMessage()));
      return;
    }
    int done = 0;
    for (Feed f : listed) {
      if (depth < 2) {
        ingestUrl(f.url(), f.outlet(), sink, Progress.NONE, depth + 1);
      }
      progress.update(++done, listed.size());
    }
  }

  static String hostOf(String url) {
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
