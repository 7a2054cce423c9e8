package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.ingest.UrlCanonicalizer;
import dev.worlddaily.model.Ids;
import dev.worlddaily.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/articles} on the real server: authenticated, identified by canonical URL, bad input refused. */
class PushIntakeTest {
  @TempDir Path data;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> push(String base, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/articles")).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String article(String url, String id) {
    return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"url\":\"" + url + "\",\"title\":\"Harbour reopens\",\"outlet\":\"lanternpost.example\","
        + "\"published\":\"2026-11-17T08:00:00Z\",\"authors\":[\"Odile Venn\"],"
        + "\"text\":\"The harbour of Port Alder reopened on Monday after eleven days of strike.\\n\\nShips were expected to berth on Tuesday.\"}";
  }

  @Test
  void pushedArticlesNeedTheTokenAreIdentifiedByCanonicalUrlAndBadOnesAreRefused() throws Exception {
    CommonOptions common = new CommonOptions();
    common.data = data;
    common.quiet = true;
    common.overrides.put("site.pushToken", "push-secret");
    try (Engine engine = Engine.open(common, Console.system(true))) {
      WebApp web = Serving.start(engine, "127.0.0.1", 0, new PushIntake(engine));
      String base = "http://127.0.0.1:" + web.port();
      try {
        String url = "https://LanternPost.example/news/harbour?utm_source=push#top";
        assertThat(push(base, null, article(url, null)).statusCode()).isEqualTo(401);
        assertThat(push(base, "wrong", article(url, null)).statusCode()).isEqualTo(401);

        HttpResponse<String> created = push(base, "push-secret", article(url, "a0000000000000001"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Ids.articleId(UrlCanonicalizer.canonicalize(url));
        assertThat(created.body()).contains("\"articleId\":\"" + id + "\"");
        assertThat(engine.store().article(id)).get().satisfies(a -> {
          assertThat(a.canonicalUrl()).isEqualTo("https://lanternpost.example/news/harbour");
          assertThat(a.authors()).containsExactly("Odile Venn");
        });
        assertThat(engine.store().article("a0000000000000001")).as("a client's id never names a stored article").isEmpty();

        HttpResponse<String> again = push(base, "push-secret", article("https://lanternpost.example/news/harbour", null));
        assertThat(again.statusCode()).as("the same article again: accepted, nothing created").isEqualTo(200);
        assertThat(engine.store().articleCount()).isEqualTo(1);

        assertThat(push(base, "push-secret", article("javascript:alert(1)", null))).satisfies(r -> {
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(r.body()).contains("url must be an http(s) URL");
        });
        assertThat(push(base, "push-secret", "{\"url\":\"https://lanternpost.example/x\"}")).satisfies(r -> {
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(r.body()).contains("missing \\\"text\\\"");
        });
        assertThat(push(base, "push-secret", "[1,2")).satisfies(r -> assertThat(r.statusCode()).isEqualTo(400));
      } finally {
        web.stop();
      }
    }
  }
}
