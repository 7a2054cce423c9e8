package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.story.Story;
import dev.worlddaily.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API as {@code wdn serve} wires it: feeds added and removed in the real store, and a
 * story re-synthesized by the real pipeline from articles pushed through it.
 */
class AdminPipelineTest {
  static final String ADMIN = "Bearer admin-token-for-tests";
  @TempDir Path data;

  @Test
  void adminActionsReachTheStoreAndThePipeline() throws Exception {
    CommonOptions common = new CommonOptions();
    common.data = data;
    common.quiet = true;
    common.overrides.put("site.pushToken", "push-secret");
    common.overrides.put("site.adminToken", "admin-token-for-tests");
    try (Engine engine = Engine.open(common, Console.system(true))) {
      WebApp web = Serving.start(engine, "127.0.0.1", 0, new PushIntake(engine));
      try {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + web.port();
        String first = "{\"url\":\"https://ledger.example/quake\",\"title\":\"Quake strikes Port Sarin\",\"outlet\":\"ledger.example\","
            + "\"published\":\"2026-11-17T08:00:00Z\",\"text\":\"A magnitude 6.1 earthquake struck the port city of Port Sarin on Tuesday, "
            + "killing 14 people, the regional authorities said. Governor Tomas Ferreira said rescue teams were searching the old harbour.\"}";
        String second = "{\"url\":\"https://courier.example/quake\",\"title\":\"Port Sarin earthquake kills 14\",\"outlet\":\"courier.example\","
            + "\"published\":\"2026-11-17T09:00:00Z\",\"text\":\"An earthquake of magnitude 6.1 struck Port Sarin on Tuesday and killed 14 people, "
            + "regional authorities said. Governor Tomas Ferreira said the search of the old harbour would continue.\"}";
        String storyId = null;
        for (String body : new String[] {first, second}) {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles")).header("Authorization", "Bearer push-secret")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
          storyId = r.body().replaceAll(".*\"storyId\":\"([^\"]+)\".*", "$1");
        }
        Story before = engine.store().story(storyId).orElseThrow();
        HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/stories/" + storyId + "/resynthesize"))
            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(401);
        HttpResponse<String> resynthesized = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/stories/" + storyId + "/resynthesize"))
            .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resynthesized.statusCode()).as(resynthesized.body()).isEqualTo(200);
        assertThat(resynthesized.body()).contains("\"id\":\"" + before.id() + "\"");
        Story after = engine.store().story(storyId).orElseThrow();
        assertThat(after.version()).isGreaterThanOrEqualTo(before.version());
        assertThat(after.sources()).hasSameSizeAs(before.sources());

        HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/sources")).header("Authorization", ADMIN)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://ledger.example/rss.xml\",\"country\":\"NZ\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(engine.store().feeds()).extracting(f -> f.url()).containsExactly("https://ledger.example/rss.xml");
        String feedId = engine.store().feeds().get(0).id();
        HttpResponse<String> removed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/sources/" + feedId)).header("Authorization", ADMIN)
            .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(engine.store().feeds()).isEmpty();
      } finally {
        web.stop();
      }
    }
  }
}
