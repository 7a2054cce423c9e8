package dev.worlddaily.ingest;

import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedKind;
import dev.worlddaily.model.Outlet;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * OPML import and export. Outlines carry the feed URL ({@code xmlUrl}) and, as extra attributes,
 * the outlet's name, country, language and leaning. jsoup's XML parser never loads external
 * entities, so a hostile OPML file cannot read local files.
 */
public final class OpmlCodec {
  private OpmlCodec() {}

  /**
   * Feeds listed in an OPML file's bytes, decoded as its byte-order mark, declaration or content
   * say (a file that is not UTF-8 is read, not refused).
   */
  public static List<Feed> read(byte[] opml) {
    return read(XmlDecoder.decode(opml, null));
  }

  /** Feeds listed in an OPML document; outlines without an http(s) xmlUrl are skipped. */
  public static List<Feed> read(String opml) {
    if (!opml.contains("<opml")) {
      throw new IllegalArgumentException("not an OPML document");
    }
    Document doc = Jsoup.parse(opml, "", Parser.xmlParser());
    List<Feed> out = new ArrayList<>();
    for (Element o : doc.select("outline[xmlUrl]")) {
      String url = o.attr("xmlUrl").strip();
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        continue;
      }
      String site = o.hasAttr("htmlUrl") ? o.attr("htmlUrl") : url;
      String host;
      try {
        host = URI.create(site.strip()).getHost();
      } catch (IllegalArgumentException e) {
        host = null;
      }
      // The outlet's domain, without the trailing dot of a fully qualified name. Fuzzing found
      // hosts such as "www." and "www.www." whose domain was empty or "www.", so that the feed
      // vanished on export and import: a domain must be non-empty labels joined by dots.
      String domain = host == null ? "" : Outlet.normalizeDomain(host).replaceAll("\\.+$", "");
      if (domain.isEmpty() || domain.startsWith(".") || domain.contains("..")) {
        continue;
      }
      String name = first(o.attr("outlet"), o.attr("text"), o.attr("title"));
      Outlet outlet = new Outlet(name, domain, blank(o.attr("country")), blank(o.attr("language")), blank(o.attr("leaning")), blank(o.attr("ownership")));
      FeedKind kind = switch (o.attr("type").toLowerCase(java.util.Locale.ROOT)) {
        case "rss" -> FeedKind.RSS;
        case "atom" -> FeedKind.ATOM;
        case "json" -> FeedKind.JSON_FEED;
        case "sitemap" -> FeedKind.SITEMAP;
        default -> FeedKind.AUTO;
      };
      out.add(new Feed(null, url, blank(first(o.attr("title"), o.attr("text"))), outlet, kind, null, true));
    }
    return out;
  }

  /** An OPML document listing the feeds. */
  public static String write(String title, List<Feed> feeds) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>")
        .append(escape(title)).append("</title></head>\n  <body>\n");
    for (Feed f : feeds) {
      sb.append("    <outline type=\"").append(f.kind() == FeedKind.ATOM ? "atom" : f.kind() == FeedKind.JSON_FEED ? "json" : "rss").append('"');
      attr(sb, "text", f.title() != null ? f.title() : f.outlet() != null ? f.outlet().name() : f.url());
      attr(sb, "xmlUrl", f.url());
      if (f.outlet() != null) {
        attr(sb, "htmlUrl", "https://" + f.outlet().domain() + "/");
        attr(sb, "outlet", f.outlet().name());
        attr(sb, "country", f.outlet().country());
        attr(sb, "language", f.outlet().language());
        attr(sb, "leaning", f.outlet().leaning());
        attr(sb, "ownership", f.outlet().ownership());
      }
      sb.append("/>\n");
    }
    return sb.append("  </body>\n</opml>\n").toString();
  }

  private static void attr(StringBuilder sb, String name, String value) {
    if (value != null && !value.isBlank()) {
      sb.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
  }

  private static String escape(String s) {
    return Entities.escape(s == null ? "" : s).replace("\"", "&quot;");
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
