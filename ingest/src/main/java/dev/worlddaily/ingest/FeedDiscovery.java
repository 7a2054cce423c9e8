package dev.worlddaily.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery: the feeds an HTML page advertises with {@code <link rel="alternate">}
 * (RSS, Atom, JSON Feed), in page order, comment feeds last.
 */
final class FeedDiscovery {
  private FeedDiscovery() {}

  static List<String> feeds(Document page) {
    List<String> main = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (Element link : page.select("link[rel][href][type]")) {
      boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
      String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
      boolean feedType = type.equals("application/rss+xml") || type.equals("application/atom+xml") || type.equals("application/rdf+xml")
          || type.equals("application/feed+json") || type.equals("application/json") && link.attr("title").toLowerCase(Locale.ROOT).contains("feed");
      String url = link.absUrl("href");
      if (!alternate || !feedType || !(url.startsWith("http://") || url.startsWith("https://"))) {
        continue;
      }
      String title = (link.attr("title") + " " + url).toLowerCase(Locale.ROOT);
      (title.contains("comment") ? comments : main).add(url);
    }
    main.addAll(comments);
    return main.stream().distinct().toList();
  }
}
