-- Crawl memory (issue 3), as db/migration/sqlite/V2_3__crawl_memory.sql: item URLs fetched
-- before. Times are epoch seconds.

CREATE TABLE crawled_urls (
  url           TEXT COLLATE "C" PRIMARY KEY,
  article_id    TEXT COLLATE "C",
  first_fetched BIGINT NOT NULL,
  last_fetched  BIGINT NOT NULL,
  item_time     BIGINT
);
CREATE INDEX crawled_urls_last ON crawled_urls (last_fetched);
