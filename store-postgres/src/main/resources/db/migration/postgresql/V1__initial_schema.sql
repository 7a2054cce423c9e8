-- worlddaily schema v1 on PostgreSQL: the same tables, columns and indexes as
-- db/migration/sqlite/V1__initial_schema.sql, with PostgreSQL types (BIGINT for epoch seconds,
-- BYTEA for vectors). Times are ISO-8601 UTC text, *_key columns hold epoch seconds, full
-- records are JSON text (not JSONB: they are stored and read whole, never queried inside, and
-- text keeps them byte for byte). Identifiers and URLs compare in the "C" collation, as SQLite
-- compares text, so that every ORDER BY gives the same order on both stores.

CREATE TABLE outlets (
  domain    TEXT COLLATE "C" PRIMARY KEY,
  name      TEXT NOT NULL,
  country   TEXT,
  language  TEXT,
  leaning   TEXT,
  ownership TEXT
);

CREATE TABLE feeds (
  id            TEXT COLLATE "C" PRIMARY KEY,
  url           TEXT COLLATE "C" NOT NULL UNIQUE,
  title         TEXT,
  outlet_domain TEXT COLLATE "C",
  kind          TEXT NOT NULL,
  poll_seconds  BIGINT,
  enabled       INTEGER NOT NULL DEFAULT 1,
  data          TEXT NOT NULL
);

CREATE TABLE feed_health (
  feed_id TEXT COLLATE "C" PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,
  data    TEXT NOT NULL
);

CREATE TABLE articles (
  id             TEXT COLLATE "C" PRIMARY KEY,
  canonical_url  TEXT COLLATE "C" NOT NULL,
  outlet_domain  TEXT COLLATE "C" NOT NULL,
  time_key       BIGINT,
  content_hash   TEXT COLLATE "C" NOT NULL,
  revision       INTEGER NOT NULL,
  duplicate_of   TEXT COLLATE "C",
  first_seen     TEXT COLLATE "C" NOT NULL,
  story_id       TEXT COLLATE "C",
  assigned_seq   BIGINT,
  data           TEXT NOT NULL,
  annotations    TEXT NOT NULL,
  embedding      BYTEA,
  body_embedding BYTEA
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_time ON articles (time_key);
CREATE INDEX articles_outlet ON articles (outlet_domain, time_key);
CREATE INDEX articles_story ON articles (story_id, assigned_seq);

CREATE TABLE article_revisions (
  article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision     INTEGER NOT NULL,
  content_hash TEXT COLLATE "C" NOT NULL,
  title        TEXT,
  fetched      TEXT COLLATE "C",
  data         TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
);

CREATE TABLE stories (
  id          TEXT COLLATE "C" PRIMARY KEY,
  slug        TEXT COLLATE "C" NOT NULL,
  version     INTEGER NOT NULL,
  first_seen  TEXT COLLATE "C",
  updated     TEXT COLLATE "C",
  updated_key BIGINT NOT NULL,
  category    TEXT COLLATE "C",
  published   INTEGER NOT NULL,
  data        TEXT NOT NULL
);
CREATE INDEX stories_latest ON stories (published, updated_key);
CREATE INDEX stories_category ON stories (category, published, updated_key);
CREATE INDEX stories_slug ON stories (slug);

CREATE TABLE story_versions (
  story_id TEXT COLLATE "C" NOT NULL,
  version  INTEGER NOT NULL,
  at       TEXT COLLATE "C" NOT NULL,
  data     TEXT NOT NULL,
  PRIMARY KEY (story_id, version)
);

CREATE TABLE story_tags (
  story_id TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  tag      TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (story_id, tag)
);
CREATE INDEX story_tags_tag ON story_tags (tag);

CREATE TABLE story_outlets (
  story_id      TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  outlet_domain TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (story_id, outlet_domain)
);
CREATE INDEX story_outlets_outlet ON story_outlets (outlet_domain);

-- Citations of the current version of each story, one row per cited span.
CREATE TABLE citations (
  story_id   TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  version    INTEGER NOT NULL,
  element    TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
CREATE INDEX citations_story ON citations (story_id);
CREATE INDEX citations_article ON citations (article_id);

CREATE TABLE story_merges (
  from_id TEXT COLLATE "C" PRIMARY KEY,
  into_id TEXT COLLATE "C" NOT NULL,
  at      TEXT COLLATE "C" NOT NULL
);
