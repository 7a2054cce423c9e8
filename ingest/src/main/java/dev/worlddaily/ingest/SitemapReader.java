package dev.worlddaily.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Sitemaps, news sitemaps and sitemap indexes (children fetched, gzipped or not) as items:
 * each page URL with its news title and publication date or its last modification. The XML
 * parser of crawler-commons runs with DTDs disallowed.
 */
final class SitemapReader {
  static final int MAX_URLS = 5_000;
  /**
   * Child sitemaps read per poll, the most recently modified first, counted over every level:
   * an index of indexes must not turn one poll into 50 x 50 x 50 fetches.
   */
  static final int MAX_CHILDREN = 50;
  private static final int MAX_DEPTH = 3;

  /** Where the children of an index come from: the fetcher, or a test's fixed answers. */
  interface Children {
    FetchResult fetch(String url) throws FetchException;
  }

  private final HttpFetcher fetcher;
  private final Children childSource;

  SitemapReader(HttpFetcher fetcher) {
    this(fetcher, url -> fetcher.fetch(url, null, null));
  }

  SitemapReader(HttpFetcher fetcher, Children children) {
    this.fetcher = fetcher;
    this.childSource = children;
  }

  /** The items, and one-line reasons for children that could not be read. */
  record Items(List<FeedItem> items, List<String> errors) {}

  /** Reads a sitemap or index; throws IllegalArgumentException when the top document is not one. */
  Items read(String url, byte[] body) {
    SiteMapParser parser = new SiteMapParser(false);
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtension(Extension.NEWS);
    List<FeedItem> items = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try {
      collect(parser, parser.parseSiteMap(body, toUrl(url)), items, errors, 0, new int[] {MAX_CHILDREN});
    } catch (IOException | UnknownFormatException | RuntimeException e) {
      throw new IllegalArgumentException("not a readable sitemap: " + oneLine(e.getMessage()));
    }
    return new Items(items, errors);
  }

  /** {@code fetchesLeft} holds how many more children may be fetched in this read. */
  private void collect(SiteMapParser parser, AbstractSiteMap map, List<FeedItem> items, List<String> errors, int depth, int[] fetchesLeft) {
    if (map instanceof SiteMapIndex index) {
      List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
      children.sort(Comparator.comparing((AbstractSiteMap c) -> c.getLastModified() == null ? new Date(0) : c.getLastModified()).reversed());
      for (AbstractSiteMap child : children.subList(0, Math.min(children.size(), MAX_CHILDREN))) {
        if (depth >= MAX_DEPTH || items.size() >= MAX_URLS || fetchesLeft[0] <= 0) {
          return;
        }
        fetchesLeft[0]--;
        String childUrl = child.getUrl().toString();
        try {
          FetchResult r = childSource.fetch(childUrl);
          collect(parser, parser.parseSiteMap(gunzipIfNeeded(r.body(), r.url()), child.getUrl()), items, errors, depth + 1, fetchesLeft);
        } catch (FetchException e) {
          errors.add(e.getMessage());
        } catch (IOException | UnknownFormatException | RuntimeException e) {
          errors.add(childUrl + ": not a readable sitemap: " + oneLine(e.getMessage()));
        }
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL u : sitemap.getSiteMapUrls()) {
        if (items.size() >= MAX_URLS) {
          return;
        }
        items.add(item(u));
      }
    }
  }

  private static FeedItem item(SiteMapURL u) {
    String title = null;
    Instant published = null;
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n) {
          title = n.getTitle();
          published = n.getPublicationDate() == null ? null : n.getPublicationDate().toInstant();
        }
      }
    }
    Instant modified = u.getLastModified() == null ? null : u.getLastModified().toInstant();
    return new FeedItem(u.getUrl().toString(), title, List.of(), published != null ? published : modified, modified, null, null, null, null, null);
  }

  /** A {@code .gz} sitemap is served as gzip bytes, not with Content-Encoding. */
  byte[] gunzipIfNeeded(byte[] body, String url) throws FetchException {
    return isGzip(body) ? fetcher.gunzip(body, url) : body;
  }

  static boolean isGzip(byte[] b) {
    return b.length > 2 && (b[0] & 0xFF) == 0x1f && (b[1] & 0xFF) == 0x8b;
  }

  private static URL toUrl(String url) throws MalformedURLException {
    try {
      return URI.create(url).toURL();
    } catch (IllegalArgumentException e) {
      throw new MalformedURLException(url);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
  }
}
