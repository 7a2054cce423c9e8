package dev.worlddaily.bench.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the store of a {@code wdn run} in another process did, and when: SQLite triggers in its
 * database log every assignment of an article to a story (first assignment, and the moves of a
 * merge or split) and every save of a story, with the wall-clock time of the statement
 * (milliseconds; the save's transaction commits a few statements later). Replayed in order
 * afterwards, the log gives each article the time of the first save of its story after it was
 * assigned, which is the e2e bench's {@link LatencyTracker} definition, observed from outside the
 * process and without changing it. The triggers cost the process a one-row insert per event.
 */
final class StorySaveLog {
  private static final String NOW_MILLIS = "CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)";

  /** One logged event: an article assigned (or moved) to a story, or a story saved. */
  record Event(boolean save, String id, String storyId, long atMillis) {}

  /** An article's first story save: when it was assigned, and when its story was first saved after that. */
  record Saved(String articleId, long assignedMillis, long savedMillis) {}

  private StorySaveLog() {}

  /** Adds the log table and its triggers to a store's database (created and migrated already). */
  static void install(String jdbcUrl) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS bench_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, save INTEGER NOT NULL, id TEXT NOT NULL,"
          + " story_id TEXT, at INTEGER NOT NULL)");
      s.execute("CREATE TRIGGER IF NOT EXISTS bench_assigned AFTER UPDATE OF story_id ON articles"
          + " WHEN NEW.story_id IS NOT NULL AND NEW.story_id IS NOT OLD.story_id BEGIN"
          + " INSERT INTO bench_events (save, id, story_id, at) VALUES (0, NEW.id, NEW.story_id, " + NOW_MILLIS + "); END");
      s.execute("CREATE TRIGGER IF NOT EXISTS bench_story_inserted AFTER INSERT ON stories BEGIN"
          + " INSERT INTO bench_events (save, id, at) VALUES (1, NEW.id, " + NOW_MILLIS + "); END");
      s.execute("CREATE TRIGGER IF NOT EXISTS bench_story_updated AFTER UPDATE ON stories BEGIN"
          + " INSERT INTO bench_events (save, id, at) VALUES (1, NEW.id, " + NOW_MILLIS + "); END");
    }
  }

  /** The logged events in order, and the canonical URL of every stored article (by id). */
  static List<Event> read(String jdbcUrl, Map<String, String> urlById) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT save, id, story_id, at FROM bench_events ORDER BY seq")) {
        while (rs.next()) {
          out.add(new Event(rs.getInt(1) == 1, rs.getString(2), rs.getString(3), rs.getLong(4)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT id, canonical_url FROM articles")) {
        while (rs.next()) {
          urlById.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /**
   * Replays the events: an article first assigned waits for its story (following it through
   * merges and splits) and is done at that story's next save. Articles assigned but never saved
   * after are left out (the caller counts them).
   */
  static List<Saved> replay(List<Event> events) {
    Map<String, String> storyOf = new HashMap<>();
    Map<String, Long> assignedAt = new HashMap<>();
    Map<String, List<String>> waiting = new HashMap<>();
    java.util.Set<String> everAssigned = new java.util.HashSet<>();
    List<Saved> out = new ArrayList<>();
    Function<String, List<String>> list = k -> new ArrayList<>();
    for (Event e : events) {
      if (e.save()) {
        List<String> done = waiting.remove(e.id());
        if (done != null) {
          for (String a : done) {
            out.add(new Saved(a, assignedAt.remove(a), e.atMillis()));
            storyOf.remove(a);
          }
        }
      } else if (everAssigned.add(e.id())) {
        storyOf.put(e.id(), e.storyId());
        assignedAt.put(e.id(), e.atMillis());
        waiting.computeIfAbsent(e.storyId(), list).add(e.id());
      } else {
        String from = storyOf.get(e.id());
        if (from != null) {
          List<String> w = waiting.get(from);
          if (w != null) {
            w.remove(e.id());
          }
          storyOf.put(e.id(), e.storyId());
          waiting.computeIfAbsent(e.storyId(), list).add(e.id());
        }
      }
    }
    return out;
  }
}
