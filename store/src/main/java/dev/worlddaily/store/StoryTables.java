package dev.worlddaily.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Perspective;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.TimelineEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stories, their versions, tags, outlets, citations and merges. */
final class StoryTables {
  /** Longest chain of merges followed when resolving an id; guards against a cycle. */
  private static final int MAX_MERGE_HOPS = 32;

  private final ObjectMapper json;

  StoryTables(ObjectMapper json) {
    this.json = json;
  }

  /** Saves a story version unless the stored one is newer; returns whether it was saved. */
  boolean save(Connection c, Story s, boolean published, Instant now) throws SQLException {
    Optional<Integer> stored = Sql.one(c, "SELECT version FROM stories WHERE id = ?", rs -> rs.getInt(1), s.id());
    if (stored.isPresent() && stored.get() > s.version()) {
      return false;
    }
    String data = JsonCodec.write(json, s);
    Instant updated = s.updated() == null ? now : s.updated();
    Sql.update(
        c,
        """
        INSERT INTO stories (id, slug, version, first_seen, updated, updated_key, category, published, data)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, version = excluded.version,
          first_seen = excluded.first_seen, updated = excluded.updated, updated_key = excluded.updated_key,
          category = excluded.category, published = excluded.published, data = excluded.data
        """,
        s.id(), s.slug() == null ? s.id() : s.slug(), s.version(), s.firstSeen(), updated,
        updated.getEpochSecond(), s.category() == null ? null : s.category().name(), published, data);
    Sql.update(
        c,
        """
        INSERT INTO story_versions (story_id, version, at, data, packed) VALUES (?, ?, ?, NULL, ?)
        ON CONFLICT (story_id, version) DO UPDATE SET at = excluded.at, data = NULL, packed = excluded.packed
        """,
        s.id(), s.version(), updated, PackedText.pack(data));
    Sql.update(c, "DELETE FROM story_tags WHERE story_id = ?", s.id());
    Sql.updateEach(c, "INSERT INTO story_tags (story_id, tag) VALUES (?, ?)",
        new LinkedHashSet<>(s.tags()).stream().map(tag -> new Object[] {s.id(), tag}).toList());
    Sql.update(c, "DELETE FROM story_outlets WHERE story_id = ?", s.id());
    Set<String> domains = new LinkedHashSet<>();
    for (Source src : s.sources()) {
      if (src.domain() != null) {
        domains.add(src.domain());
      }
    }
    Sql.updateEach(c, "INSERT INTO story_outlets (story_id, outlet_domain) VALUES (?, ?)",
        domains.stream().map(d -> new Object[] {s.id(), d}).toList());
    Sql.update(c, "DELETE FROM citations WHERE story_id = ?", s.id());
    Sql.updateEach(
        c,
        "INSERT INTO citations (story_id, version, element, article_id, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)",
        citationsOf(s).stream()
            .map(ec -> new Object[] {s.id(), s.version(), ec.element(), ec.citation().articleId(), ec.citation().start(), ec.citation().end()})
            .toList());
    return true;
  }

  /** A citation and the story element that carries it. */
  record ElementCitation(String element, Citation citation) {}

  static List<ElementCitation> citationsOf(Story s) {
    List<ElementCitation> out = new ArrayList<>();
    s.dekCitations().forEach(c -> out.add(new ElementCitation("dek", c)));
    for (BodyParagraph p : s.body()) {
      for (CitedText t : p.sentences()) {
        t.citations().forEach(c -> out.add(new ElementCitation("body", c)));
      }
    }
    s.keyPoints().forEach(k -> k.citations().forEach(c -> out.add(new ElementCitation("keyPoint", c))));
    for (Quote q : s.quotes()) {
      q.citations().forEach(c -> out.add(new ElementCitation("quote", c)));
    }
    for (Figure f : s.figures()) {
      for (FigureValue v : f.values()) {
        v.citations().forEach(c -> out.add(new ElementCitation("figure", c)));
      }
    }
    for (Perspective p : s.perspectives()) {
      p.citations().forEach(c -> out.add(new ElementCitation("perspective", c)));
    }
    for (TimelineEntry t : s.timeline()) {
      t.citations().forEach(c -> out.add(new ElementCitation("timeline", c)));
    }
    return out;
  }

  String resolve(Connection c, String id) throws SQLException {
    String current = id;
    for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      Optional<String> next =
          Sql.one(c, "SELECT into_id FROM story_merges WHERE from_id = ?", rs -> rs.getString(1), current);
      if (next.isEmpty()) {
        return current;
      }
      current = next.get();
    }
    throw new IllegalStateException("story merges form a chain longer than " + MAX_MERGE_HOPS + " from " + id);
  }

  Optional<Story> story(Connection c, String id) throws SQLException {
    String resolved = resolve(c, id);
    Optional<Story> byId = Sql.one(c, "SELECT data FROM stories WHERE id = ?", rs -> read(rs.getString(1)), resolved);
    if (byId.isPresent()) {
      return byId;
    }
    return Sql.one(
        c, "SELECT data FROM stories WHERE slug = ? ORDER BY updated_key DESC LIMIT 1", rs -> read(rs.getString(1)), id);
  }

  /** {@link #story}'s lookup (id after merges, then slug) for the stamp columns only. */
  Optional<StoryStamp> stamp(Connection c, String id) throws SQLException {
    Sql.RowMapper<StoryStamp> row = rs -> new StoryStamp(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4) == 1);
    Optional<StoryStamp> byId = Sql.one(c, "SELECT id, version, updated_key, published FROM stories WHERE id = ?", row, resolve(c, id));
    if (byId.isPresent()) {
      return byId;
    }
    return Sql.one(c, "SELECT id, version, updated_key, published FROM stories WHERE slug = ? ORDER BY updated_key DESC LIMIT 1", row, id);
  }

  Optional<Story> version(Connection c, String id, int version) throws SQLException {
    return Sql.one(
        c, "SELECT data, packed FROM story_versions WHERE story_id = ? AND version = ?",
        rs -> read(PackedText.either(rs.getString(1), rs.getBytes(2))), resolve(c, id), version);
  }

  boolean isPublished(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT published FROM stories WHERE id = ?", rs -> rs.getInt(1) == 1, resolve(c, id)).orElse(false);
  }

  List<Story> list(Connection c, StoryQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT data FROM stories s WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (!q.includeUnpublished()) {
      sql.append(" AND s.published = 1");
    }
    if (q.category() != null) {
      sql.append(" AND s.category = ?");
      args.add(q.category().name());
    }
    if (q.updatedSince() != null) {
      sql.append(" AND s.updated_key >= ?");
      args.add(q.updatedSince().getEpochSecond());
    }
    if (q.updatedBefore() != null) {
      sql.append(" AND s.updated_key < ?");
      args.add(q.updatedBefore().getEpochSecond());
    }
    if (q.outletDomain() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM story_outlets o WHERE o.story_id = s.id AND o.outlet_domain = ?)");
      args.add(q.outletDomain());
    }
    if (q.tag() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = s.id AND t.tag = ?)");
      args.add(q.tag());
    }
    sql.append(" ORDER BY s.updated_key DESC, s.id LIMIT ? OFFSET ?");
    args.add(q.limit());
    args.add(q.offset());
    return Sql.list(c, sql.toString(), rs -> read(rs.getString(1)), args.toArray());
  }

  long count(Connection c, boolean includeUnpublished) throws SQLException {
    return includeUnpublished
        ? Sql.count(c, "SELECT COUNT(*) FROM stories")
        : Sql.count(c, "SELECT COUNT(*) FROM stories WHERE published = 1");
  }

  /** Articles of published stories per UTC day since a time, by tag (or by category), in one aggregate. */
  List<DailyCount> dailyMentions(Connection c, Instant since, boolean byTag) throws SQLException {
    String sql = byTag
        ? """
          SELECT t.tag, a.time_key / 86400, COUNT(*) FROM articles a
          JOIN stories s ON s.id = a.story_id AND s.published = 1
          JOIN story_tags t ON t.story_id = s.id
          WHERE a.time_key >= ? GROUP BY t.tag, a.time_key / 86400
          """
        : """
          SELECT s.category, a.time_key / 86400, COUNT(*) FROM articles a
          JOIN stories s ON s.id = a.story_id AND s.published = 1
          WHERE a.time_key >= ? AND s.category IS NOT NULL GROUP BY s.category, a.time_key / 86400
          """;
    return Sql.list(c, sql, rs -> new DailyCount(byTag ? rs.getString(1) : dev.worlddaily.model.Category.valueOf(rs.getString(1)).label(),
        java.time.LocalDate.ofEpochDay(rs.getLong(2)), rs.getInt(3)), since.getEpochSecond());
  }

  void recordMerge(Connection c, String from, String into, Instant at) throws SQLException {
    if (from.equals(into)) {
      throw new IllegalArgumentException("a story cannot be merged into itself: " + from);
    }
    Sql.update(
        c,
        "INSERT INTO story_merges (from_id, into_id, at) VALUES (?, ?, ?) ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, at = excluded.at",
        from, into, at);
    Sql.update(c, "DELETE FROM stories WHERE id = ?", from);
  }

  void recordSplit(Connection c, String from, String newId, Instant at) throws SQLException {
    if (from.equals(newId)) {
      throw new IllegalArgumentException("a story cannot be split into itself: " + from);
    }
    Sql.update(c, "INSERT INTO story_splits (new_id, from_id, at) VALUES (?, ?, ?)", newId, from, at);
  }

  Optional<String> splitFrom(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT from_id FROM story_splits WHERE new_id = ?", rs -> rs.getString(1), id);
  }

  Optional<String> mergedInto(Connection c, String id) throws SQLException {
    String resolved = resolve(c, id);
    return resolved.equals(id) ? Optional.empty() : Optional.of(resolved);
  }

  private Story read(String data) {
    return JsonCodec.read(json, data, Story.class);
  }
}
