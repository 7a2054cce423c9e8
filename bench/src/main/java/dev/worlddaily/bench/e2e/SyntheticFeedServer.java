package dev.worlddaily.bench.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * Synthetic outlets over real HTTP on loopback addresses: outlet {@code i} is served from
 * {@code 127.0.0.(i+1)} (a host of its own, as real outlets are, so the crawler's per-host
 * politeness applies as it would), with {@code feedsPerOutlet} RSS feeds and the article pages
 * of the e2e bench's generator. Each article appears at its time: before it, its feed does not
 * list it and its page answers 404; after it, the feed lists it (newest first, the latest
 * {@link #ITEMS_PER_FEED}) with a teaser, so the crawler fetches the page. The first time a page
 * is served is recorded: that is when the crawler ingested it.
 */
final class SyntheticFeedServer implements AutoCloseable {
  static final int ITEMS_PER_FEED = 30;
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** One article: its page, the feed (index within its outlet) that lists it, and when it appears (epoch millis). */
  record Item(SyntheticArticleWriter.Page page, int outlet, int feed, long appearsAtMillis) {}

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService executor;
  private final LongSupplier nowMillis;
  private final int feedsPerOutlet;
  /** Items of each feed, in order of appearance; key outlet * feedsPerOutlet + feed. */
  private final Map<Integer, List<Item>> byFeed = new HashMap<>();
  /** Items by outlet and served path. */
  private final Map<String, Item> byPath = new HashMap<>();
  private final Map<Item, String> pathOf = new IdentityHashMap<>();
  private final Map<Item, String> titleOf = new IdentityHashMap<>();
  private final Map<String, Long> firstServedMicros = new ConcurrentHashMap<>();

  /**
   * Starts serving; {@code items} must be in order of appearance. {@code nowMillis} is the
   * clock that decides what has appeared (the wall clock in the bench).
   */
  SyntheticFeedServer(List<Item> items, int outlets, int feedsPerOutlet, LongSupplier nowMillis) throws IOException {
    if (outlets < 1 || outlets > 250) {
      throw new IllegalArgumentException("outlets must be in 1..250 (one loopback address each): " + outlets);
    }
    this.nowMillis = nowMillis;
    this.feedsPerOutlet = feedsPerOutlet;
    for (Item it : items) {
      String path = URI.create(it.page().url()).getPath();
      // One outlet may write twice about an event under the same headline: the second page gets
      // a path of its own (its canonical link stays the generator's, as in the e2e bench).
      String unique = path;
      for (int n = 2; byPath.containsKey(it.outlet() + unique); n++) {
        unique = path + "-" + n;
      }
      byPath.put(it.outlet() + unique, it);
      pathOf.put(it, unique);
      String html = it.page().html();
      int t = html.indexOf("<title>");
      // The page's title is HTML-escaped already, which is valid XML text as it is.
      titleOf.put(it, t < 0 ? "" : html.substring(t + 7, html.indexOf("</title>", t)));
      byFeed.computeIfAbsent(it.outlet() * feedsPerOutlet + it.feed(), k -> new ArrayList<>()).add(it);
    }
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "feed-server");
      t.setDaemon(true);
      return t;
    });
    for (int o = 0; o < outlets; o++) {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address(o)), 0), 256);
      int outlet = o;
      server.setExecutor(executor);
      server.createContext("/", ex -> handle(outlet, ex));
      server.start();
      servers.add(server);
    }
  }

  static String address(int outlet) {
    return "127.0.0." + (outlet + 1);
  }

  String baseUrl(int outlet) {
    return "http://" + address(outlet) + ":" + servers.get(outlet).getAddress().getPort();
  }

  String feedUrl(int outlet, int feed) {
    return baseUrl(outlet) + "/feeds/" + feed + ".xml";
  }

  String servedUrl(Item it) {
    return baseUrl(it.outlet()) + pathOf.get(it);
  }

  /** When the item's page was first served (epoch microseconds), or null if never. */
  Long firstServedMicros(Item it) {
    return firstServedMicros.get(it.outlet() + pathOf.get(it));
  }

  private void handle(int outlet, HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      long now = nowMillis.getAsLong();
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
      } else if (path.startsWith("/feeds/") && path.endsWith(".xml")) {
        feed(outlet, path, now, ex);
      } else {
        Item it = byPath.get(outlet + path);
        if (it == null || it.appearsAtMillis() > now) {
          send(ex, 404, "text/plain", "not found");
        } else {
          // Taken as the page is sent (loopback: the crawler has it within a millisecond).
          Instant t = Instant.now();
          firstServedMicros.putIfAbsent(outlet + path, t.getEpochSecond() * 1_000_000 + t.getNano() / 1000);
          send(ex, 200, "text/html; charset=utf-8", it.page().html());
        }
      }
    } catch (IOException e) {
      // the crawler went away (its timeout): nothing to answer
    }
  }

  private void feed(int outlet, String path, long now, HttpExchange ex) throws IOException {
    int feed;
    try {
      feed = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
    } catch (NumberFormatException e) {
      send(ex, 404, "text/plain", "not found");
      return;
    }
    List<Item> all = feed < 0 || feed >= feedsPerOutlet ? null : byFeed.getOrDefault(outlet * feedsPerOutlet + feed, List.of());
    if (all == null) {
      send(ex, 404, "text/plain", "not found");
      return;
    }
    List<Item> visible = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && visible.size() < ITEMS_PER_FEED; i--) {
      if (all.get(i).appearsAtMillis() <= now) {
        visible.add(all.get(i));
      }
    }
    String etag = "\"" + (visible.isEmpty() ? "empty" : Long.toString(visible.get(0).appearsAtMillis())) + "\"";
    ex.getResponseHeaders().set("ETag", etag);
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    StringBuilder b = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed ")
        .append(feed).append("</title><link>").append(baseUrl(outlet)).append("/</link><description>Synthetic feed</description>");
    for (Item it : visible) {
      b.append("<item><title>").append(titleOf.get(it)).append("</title><link>")
          .append(servedUrl(it)).append("</link><guid>").append(servedUrl(it)).append("</guid><pubDate>")
          .append(RFC_1123.format(Instant.ofEpochMilli(it.appearsAtMillis()))).append("</pubDate><description>A report of the day.</description></item>");
    }
    send(ex, 200, "application/rss+xml; charset=utf-8", b.append("</channel></rss>").toString());
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
    executor.shutdownNow();
  }
}
