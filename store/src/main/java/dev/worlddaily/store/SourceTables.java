package dev.worlddaily.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outlets, feeds and feed health. */
final class SourceTables {
  private final ObjectMapper json;

  SourceTables(ObjectMapper json) {
    this.json = json;
  }

  void saveOutlet(Connection c, Outlet o) throws SQLException {
    Sql.update(
        c,
        """
        INSERT INTO outlets (domain, name, country, language, leaning, ownership) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (domain) DO UPDATE SET name = excluded.name,
          country = COALESCE(excluded.country, outlets.country),
          language = COALESCE(excluded.language, outlets.language),
          leaning = COALESCE(excluded.leaning, outlets.leaning),
          ownership = COALESCE(excluded.ownership, outlets.ownership)
        """,
        o.domain(), o.name(), o.country(), o.language(), o.leaning(), o.ownership());
  }

  Optional<Outlet> outlet(Connection c, String domain) throws SQLException {
    return Sql.one(c, "SELECT * FROM outlets WHERE domain = ?", SourceTables::outletRow, Outlet.normalizeDomain(domain));
  }

  List<Outlet> outlets(Connection c) throws SQLException {
    return Sql.list(c, "SELECT * FROM outlets ORDER BY name", SourceTables::outletRow);
  }

  private static Outlet outletRow(ResultSet rs) throws SQLException {
    return new Outlet(
        rs.getString("name"), rs.getString("domain"), rs.getString("country"),
        rs.getString("language"), rs.getString("leaning"), rs.getString("ownership"));
  }

  void saveFeed(Connection c, Feed f) throws SQLException {
    if (f.outlet() != null) {
      saveOutlet(c, f.outlet());
    }
    Sql.update(
        c,
        """
        INSERT INTO feeds (id, url, title, outlet_domain, kind, poll_seconds, enabled, data)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title,
          outlet_domain = excluded.outlet_domain, kind = excluded.kind,
          poll_seconds = excluded.poll_seconds, enabled = excluded.enabled, data = excluded.data
        """,
        f.id(), f.url(), f.title(), f.outlet() == null ? null : f.outlet().domain(), f.kind().name(),
        f.pollInterval() == null ? null : f.pollInterval().toSeconds(), f.enabled(),
        JsonCodec.write(json, f));
  }

  boolean removeFeed(Connection c, String id) throws SQLException {
    Sql.update(c, "DELETE FROM feed_health WHERE feed_id = ?", id);
    return Sql.update(c, "DELETE FROM feeds WHERE id = ?", id) > 0;
  }

  Optional<Feed> feed(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT data FROM feeds WHERE id = ?", rs -> JsonCodec.read(json, rs.getString(1), Feed.class), id);
  }

  List<Feed> feeds(Connection c) throws SQLException {
    return Sql.list(c, "SELECT data FROM feeds ORDER BY url", rs -> JsonCodec.read(json, rs.getString(1), Feed.class));
  }

  Optional<FeedHealth> health(Connection c, String feedId) throws SQLException {
    return Sql.one(
        c, "SELECT data FROM feed_health WHERE feed_id = ?",
        rs -> JsonCodec.read(json, rs.getString(1), FeedHealth.class), feedId);
  }

  void saveHealth(Connection c, FeedHealth h) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO feed_health (feed_id, data) VALUES (?, ?) ON CONFLICT (feed_id) DO UPDATE SET data = excluded.data",
        h.feedId(), JsonCodec.write(json, h));
  }

  Optional<CrawledUrl> crawled(Connection c, String url) throws SQLException {
    return Sql.one(c, "SELECT * FROM crawled_urls WHERE url = ?", rs -> new CrawledUrl(rs.getString("url"), rs.getString("article_id"),
        Instant.ofEpochSecond(rs.getLong("first_fetched")), Instant.ofEpochSecond(rs.getLong("last_fetched")),
        rs.getObject("item_time") == null ? null : Instant.ofEpochSecond(rs.getLong("item_time"))), url);
  }

  /** Remembers fetched URLs; the first fetch time of a known URL is kept. */
  void saveCrawled(Connection c, List<CrawledUrl> urls) throws SQLException {
    for (CrawledUrl u : urls) {
      Sql.update(
          c,
          """
          INSERT INTO crawled_urls (url, article_id, first_fetched, last_fetched, item_time) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (url) DO UPDATE SET article_id = COALESCE(excluded.article_id, crawled_urls.article_id),
            last_fetched = excluded.last_fetched, item_time = COALESCE(excluded.item_time, crawled_urls.item_time)
          """,
          u.url(), u.articleId(), u.firstFetched().getEpochSecond(), u.lastFetched().getEpochSecond(), Sql.epochSecond(u.itemTime()));
    }
  }

  int forgetCrawledBefore(Connection c, Instant before) throws SQLException {
    return Sql.update(c, "DELETE FROM crawled_urls WHERE last_fetched < ?", before.getEpochSecond());
  }
}
