package dev.worlddaily.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.app.config.Stores;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorySaveLogTest {
  @TempDir Path dir;

  @Test
  void anArticleIsDoneAtTheFirstSaveOfItsStoryEvenAfterAMerge() throws Exception {
    DataDirectory data = DataDirectory.open(dir);
    try (Store store = Stores.open(StoreConfig.defaults(), data, Clock.systemUTC())) {
      // the real schema, migrated
    }
    StorySaveLog.install(data.jdbcUrl());
    try (Connection c = DriverManager.getConnection(data.jdbcUrl()); Statement s = c.createStatement()) {
      for (String id : List.of("a1", "a2", "a3")) {
        s.execute("INSERT INTO articles (id, canonical_url, outlet_domain, content_hash, revision, first_seen, data, annotations)"
            + " VALUES ('" + id + "', 'https://x.example/" + id + "', 'x.example', 'h" + id + "', 1, '2026-12-01T00:00:00Z', '{}', '{}')");
      }
      s.execute("UPDATE articles SET story_id = 's1' WHERE id = 'a1'");
      s.execute("UPDATE articles SET story_id = 's2' WHERE id = 'a2'");
      s.execute("UPDATE articles SET story_id = 's3' WHERE id = 'a3'");
      s.execute("INSERT INTO stories (id, slug, version, updated_key, published, data) VALUES ('s3x', 's3x', 1, 0, 0, '{}')");
      // s2 merges into s1 (the store moves its articles), then s1 is saved once, then again.
      s.execute("UPDATE articles SET story_id = 's1' WHERE story_id = 's2'");
      Thread.sleep(5);
      s.execute("INSERT INTO stories (id, slug, version, updated_key, published, data) VALUES ('s1', 's1', 1, 0, 0, '{}')");
      s.execute("UPDATE stories SET version = 2 WHERE id = 's1'");
    }
    Map<String, String> urls = new HashMap<>();
    List<StorySaveLog.Event> events = StorySaveLog.read(data.jdbcUrl(), urls);
    assertEquals("https://x.example/a2", urls.get("a2"));
    Map<String, StorySaveLog.Saved> saved = StorySaveLog.replay(events).stream()
        .collect(Collectors.toMap(StorySaveLog.Saved::articleId, x -> x));
    assertEquals(java.util.Set.of("a1", "a2"), saved.keySet(), "a3's story s3 was never saved");
    long firstSaveOfS1 = events.stream().filter(e -> e.save() && e.id().equals("s1")).findFirst().orElseThrow().atMillis();
    assertEquals(firstSaveOfS1, saved.get("a2").savedMillis());
    assertTrue(saved.get("a2").savedMillis() >= saved.get("a2").assignedMillis());
  }
}
