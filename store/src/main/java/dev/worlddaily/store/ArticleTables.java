package dev.worlddaily.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Articles, their revisions and annotations, and story membership. */
final class ArticleTables {
  private static final String ANNOTATED_COLUMNS = "data, annotations, embedding, body_embedding";

  private final ObjectMapper json;
  private final ObjectMapper annotationJson;

  ArticleTables(ObjectMapper json, ObjectMapper annotationJson) {
    this.json = json;
    this.annotationJson = annotationJson;
  }

  ArticleWrite save(Connection c, AnnotatedArticle annotated, Instant now) throws SQLException {
    Article a = annotated.article();
    Optional<StoredVersion> existing =
        Sql.one(
            c, "SELECT revision, content_hash FROM articles WHERE id = ?",
            rs -> new StoredVersion(rs.getInt(1), rs.getString(2)), a.id());
    String data = JsonCodec.write(json, a);
    String annotations = JsonCodec.write(annotationJson, annotated.annotations());
    byte[] embedding = VectorCodec.encode(annotated.annotations().embedding());
    byte[] bodyEmbedding = VectorCodec.encode(annotated.annotations().bodyEmbedding());
    if (existing.isEmpty()) {
      Sql.update(
          c,
          """
          INSERT INTO articles (id, canonical_url, outlet_domain, time_key, content_hash, revision,
            duplicate_of, first_seen, data, annotations, embedding, body_embedding)
          VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
          """,
          a.id(), a.canonicalUrl(), a.outlet().domain(), timeKey(a, now), a.contentHash(),
          a.duplicateOf(), now, data, annotations, embedding, bodyEmbedding);
      insertRevision(c, a, 1);
      return new ArticleWrite(ArticleWrite.Kind.INSERTED, a.id(), 1);
    }
    int revision = existing.get().revision();
    if (existing.get().contentHash().equals(a.contentHash())) {
      return new ArticleWrite(ArticleWrite.Kind.UNCHANGED, a.id(), revision);
    }
    int next = revision + 1;
    // The superseded revision keeps the text it had; the current one's is articles.data.
    Sql.update(
        c,
        "UPDATE article_revisions SET data = (SELECT data FROM articles WHERE id = ?) WHERE article_id = ? AND revision = ? AND data IS NULL",
        a.id(), a.id(), revision);
    Sql.update(
        c,
        """
        UPDATE articles SET canonical_url = ?, outlet_domain = ?, time_key = ?, content_hash = ?,
          revision = ?, duplicate_of = ?, data = ?, annotations = ?, embedding = ?, body_embedding = ?
        WHERE id = ?
        """,
        a.canonicalUrl(), a.outlet().domain(), timeKey(a, now), a.contentHash(), next,
        a.duplicateOf(), data, annotations, embedding, bodyEmbedding, a.id());
    insertRevision(c, a, next);
    return new ArticleWrite(ArticleWrite.Kind.REVISED, a.id(), next);
  }

  /** An article without any known time is ordered by when we first stored it. */
  private static long timeKey(Article a, Instant now) {
    return (a.time() == null ? now : a.time()).getEpochSecond();
  }

  private record StoredVersion(int revision, String contentHash) {}

  /** A revision row; its data stays NULL while it is the current revision (the text is in articles.data). */
  private void insertRevision(Connection c, Article a, int revision) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO article_revisions (article_id, revision, content_hash, title, fetched, data) VALUES (?, ?, ?, ?, ?, NULL)",
        a.id(), revision, a.contentHash(), a.title(), a.fetched());
  }

  Optional<Article> article(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT data FROM articles WHERE id = ?", rs -> JsonCodec.read(json, rs.getString(1), Article.class), id);
  }

  boolean markCopy(Connection c, String id, String originalId) throws SQLException {
    Optional<Article> stored = article(c, id);
    if (stored.isEmpty()) {
      return false;
    }
    String data = JsonCodec.write(json, stored.get().toBuilder().duplicateOf(originalId).build());
    Sql.update(c, "UPDATE articles SET duplicate_of = ?, data = ? WHERE id = ?", originalId, data, id);
    return true;
  }

  Optional<AnnotatedArticle> annotated(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT " + ANNOTATED_COLUMNS + " FROM articles WHERE id = ?", this::annotatedRow, id);
  }

  List<AnnotatedArticle> annotatedSince(Connection c, Instant since) throws SQLException {
    return Sql.list(
        c,
        "SELECT " + ANNOTATED_COLUMNS + " FROM articles WHERE time_key >= ? ORDER BY time_key, id",
        this::annotatedRow, since.getEpochSecond());
  }

  /** Rows read a page at a time, and the key (time key, id) the next page starts after. */
  record Page<T>(long timeKey, String lastId, List<Row<T>> rows) {}

  /** An article (or its id) with its story id, null when it has none. */
  record Row<T>(T value, String storyId) {}

  /** The page of {@link #annotatedSince} after {@code after}'s key: keyset paging on (time_key, id). */
  Page<AnnotatedArticle> annotatedPage(Connection c, Page<?> after, int limit) throws SQLException {
    long[] timeKey = {after.timeKey()};
    String[] id = {after.lastId()};
    List<Row<AnnotatedArticle>> rows = Sql.list(
        c,
        "SELECT time_key, id, story_id, " + ANNOTATED_COLUMNS
            + " FROM articles WHERE time_key >= ? AND (time_key > ? OR id > ?) ORDER BY time_key, id LIMIT ?",
        rs -> {
          timeKey[0] = rs.getLong("time_key");
          id[0] = rs.getString("id");
          return new Row<>(annotatedRow(rs), rs.getString("story_id"));
        },
        after.timeKey(), after.timeKey(), after.lastId(), limit);
    return new Page<>(timeKey[0], id[0], rows);
  }

  /** Article ids with their story ids after {@code after}'s id, in id order. */
  Page<String> storyPage(Connection c, Page<?> after, int limit) throws SQLException {
    String[] id = {after.lastId()};
    List<Row<String>> rows = Sql.list(
        c, "SELECT id, story_id FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        rs -> {
          id[0] = rs.getString(1);
          return new Row<>(id[0], rs.getString(2));
        },
        after.lastId(), limit);
    return new Page<>(0, id[0], rows);
  }

  List<AnnotatedArticle> annotatedOf(Connection c, String storyId) throws SQLException {
    return Sql.list(
        c,
        "SELECT " + ANNOTATED_COLUMNS + " FROM articles WHERE story_id = ? ORDER BY assigned_seq",
        this::annotatedRow, storyId);
  }

  List<float[]> embeddingsOf(Connection c, String storyId, int limit) throws SQLException {
    List<float[]> rows = Sql.list(
        c, "SELECT embedding FROM articles WHERE story_id = ? ORDER BY assigned_seq LIMIT ?", rs -> VectorCodec.decode(rs.getBytes(1)), storyId, limit);
    rows.removeIf(java.util.Objects::isNull);
    return rows;
  }

  private AnnotatedArticle annotatedRow(ResultSet rs) throws SQLException {
    Article a = JsonCodec.read(json, rs.getString("data"), Article.class);
    Annotations stored = JsonCodec.read(annotationJson, rs.getString("annotations"), Annotations.class);
    Annotations withVectors =
        new Annotations(
            stored.language(), stored.category(), stored.sentences(), stored.entities(),
            stored.figures(), stored.quotes(), stored.dates(),
            VectorCodec.decode(rs.getBytes("embedding")), VectorCodec.decode(rs.getBytes("body_embedding")));
    return new AnnotatedArticle(a, withVectors);
  }

  Optional<String> idByContentHash(Connection c, String hash) throws SQLException {
    return Sql.one(c, "SELECT id FROM articles WHERE content_hash = ? ORDER BY first_seen LIMIT 1", rs -> rs.getString(1), hash);
  }

  List<ArticleRevision> revisions(Connection c, String id) throws SQLException {
    return Sql.list(
        c,
        "SELECT article_id, revision, content_hash, title, fetched FROM article_revisions WHERE article_id = ? ORDER BY revision",
        rs -> new ArticleRevision(
            rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), Sql.instant(rs, "fetched")),
        id);
  }

  Optional<Article> atRevision(Connection c, String id, int revision) throws SQLException {
    // A NULL revision text is the current revision's: articles.data.
    return Sql.one(
        c,
        "SELECT COALESCE(r.data, a.data) FROM article_revisions r JOIN articles a ON a.id = r.article_id WHERE r.article_id = ? AND r.revision = ?",
        rs -> JsonCodec.read(json, rs.getString(1), Article.class), id, revision);
  }

  List<Article> ofOutlet(Connection c, String domain, int limit) throws SQLException {
    return Sql.list(
        c,
        "SELECT data FROM articles WHERE outlet_domain = ? ORDER BY time_key DESC, id LIMIT ?",
        rs -> JsonCodec.read(json, rs.getString(1), Article.class), domain, limit);
  }

  long count(Connection c) throws SQLException {
    return Sql.count(c, "SELECT COUNT(*) FROM articles");
  }

  Optional<Instant> newestTime(Connection c) throws SQLException {
    return Sql.one(c, "SELECT MAX(time_key) FROM articles", rs -> {
      long v = rs.getLong(1);
      return rs.wasNull() ? null : Instant.ofEpochSecond(v);
    });
  }

  void assign(Connection c, String articleId, String storyId) throws SQLException {
    int n =
        Sql.update(
            c,
            "UPDATE articles SET story_id = ?, assigned_seq = (SELECT COALESCE(MAX(assigned_seq), 0) + 1 FROM articles) WHERE id = ?",
            storyId, articleId);
    if (n == 0) {
      throw new IllegalArgumentException("no stored article with id " + articleId);
    }
  }

  /** Moves every article of one story to another (after a merge), keeping their order. */
  void reassignAll(Connection c, String fromStory, String intoStory) throws SQLException {
    Sql.update(c, "UPDATE articles SET story_id = ? WHERE story_id = ?", intoStory, fromStory);
  }

  Optional<String> storyOf(Connection c, String articleId) throws SQLException {
    return Sql.one(c, "SELECT story_id FROM articles WHERE id = ?", rs -> rs.getString(1), articleId);
  }

  List<String> idsOf(Connection c, String storyId) throws SQLException {
    return Sql.list(c, "SELECT id FROM articles WHERE story_id = ? ORDER BY assigned_seq", rs -> rs.getString(1), storyId);
  }
}
