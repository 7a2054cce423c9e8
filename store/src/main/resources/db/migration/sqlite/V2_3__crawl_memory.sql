-- Crawl memory (issue 3): item URLs fetched before, so that polling a feed or sitemap fetches
-- only new or changed items and a restart does not fetch everything again. Times are epoch
-- seconds. Versioned 2.3 so that schema changes of other work can take 2 without a clash.

CREATE TABLE crawled_urls (
  url           TEXT PRIMARY KEY,
  article_id    TEXT,
  first_fetched INTEGER NOT NULL,
  last_fetched  INTEGER NOT NULL,
  item_time     INTEGER
);
CREATE INDEX crawled_urls_last ON crawled_urls (last_fetched);
