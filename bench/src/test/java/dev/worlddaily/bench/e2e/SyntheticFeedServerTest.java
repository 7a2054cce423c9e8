package dev.worlddaily.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SyntheticFeedServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong now = new AtomicLong(0);

  private HttpResponse<String> get(String url, String etag) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<SyntheticFeedServer.Item> items() {
    SyntheticNewsStream stream = new SyntheticNewsStream(7, 4, 3, 100_000, Instant.parse("2026-11-02T00:00:00Z"));
    return List.of(
        new SyntheticFeedServer.Item(stream.next(), 0, 0, 1_000),
        new SyntheticFeedServer.Item(stream.next(), 0, 0, 2_000),
        new SyntheticFeedServer.Item(stream.next(), 1, 1, 3_000));
  }

  @Test
  void anArticleIsListedAndServedOnlyFromItsAppearance() throws Exception {
    List<SyntheticFeedServer.Item> items = items();
    try (SyntheticFeedServer server = new SyntheticFeedServer(items, 2, 2, now::get)) {
      now.set(1_500);
      String feed = get(server.feedUrl(0, 0), null).body();
      assertTrue(feed.contains(server.servedUrl(items.get(0))), feed);
      assertFalse(feed.contains(server.servedUrl(items.get(1))), feed);
      assertEquals(404, get(server.servedUrl(items.get(1)), null).statusCode());
      assertNull(server.firstServedMicros(items.get(1)));

      HttpResponse<String> page = get(server.servedUrl(items.get(0)), null);
      assertEquals(200, page.statusCode());
      assertEquals(items.get(0).page().html(), page.body());
      assertNotNull(server.firstServedMicros(items.get(0)));

      now.set(2_500);
      String later = get(server.feedUrl(0, 0), null).body();
      assertTrue(later.indexOf(server.servedUrl(items.get(1))) < later.indexOf(server.servedUrl(items.get(0))), "newest first: " + later);
      assertEquals(200, get(server.servedUrl(items.get(1)), null).statusCode());
    }
  }

  @Test
  void eachOutletIsAHostOfItsOwnAndFeedsAnswerConditionalRequests() throws Exception {
    List<SyntheticFeedServer.Item> items = items();
    try (SyntheticFeedServer server = new SyntheticFeedServer(items, 2, 2, now::get)) {
      now.set(5_000);
      assertTrue(server.feedUrl(1, 1).startsWith("http://127.0.0.2:"), server.feedUrl(1, 1));
      // Outlet 1's article is not on outlet 0's host, and outlet 1's other feed does not list it.
      assertEquals(404, get(server.servedUrl(items.get(2)).replace(server.baseUrl(1), server.baseUrl(0)), null).statusCode());
      assertFalse(get(server.feedUrl(1, 0), null).body().contains("<item>"));
      HttpResponse<String> feed = get(server.feedUrl(1, 1), null);
      assertTrue(feed.body().contains(server.servedUrl(items.get(2))));
      String etag = feed.headers().firstValue("ETag").orElseThrow();
      assertEquals(304, get(server.feedUrl(1, 1), etag).statusCode());
      assertEquals(404, get(server.baseUrl(0) + "/feeds/9.xml", null).statusCode());
    }
  }
}
