-- worlddaily schema v1. Times are ISO-8601 UTC text; *_key columns hold epoch seconds for
-- ordering and range queries. Full records are kept as JSON next to the columns we query by,
-- so that the contract can grow without a migration per field.

CREATE TABLE outlets (
  domain    TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  country   TEXT,
  language  TEXT,
  leaning   TEXT,
  ownership TEXT
);

CREATE TABLE feeds (
  id            TEXT PRIMARY KEY,
  url           TEXT NOT NULL UNIQUE,
  title         TEXT,
  outlet_domain TEXT,
  kind          TEXT NOT NULL,
  poll_seconds  INTEGER,
  enabled       INTEGER NOT NULL DEFAULT 1,
  data          TEXT NOT NULL
);

CREATE TABLE feed_health (
  feed_id TEXT PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,
  data    TEXT NOT NULL
);

CREATE TABLE articles (
  id             TEXT PRIMARY KEY,
  canonical_url  TEXT NOT NULL,
  outlet_domain  TEXT NOT NULL,
  time_key       INTEGER,
  content_hash   TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  duplicate_of   TEXT,
  first_seen     TEXT NOT NULL,
  story_id       TEXT,
  assigned_seq   INTEGER,
  data           TEXT NOT NULL,
  annotations    TEXT NOT NULL,
  embedding      BLOB,
  body_embedding BLOB
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_time ON articles (time_key);
CREATE INDEX articles_outlet ON articles (outlet_domain, time_key);
CREATE INDEX articles_story ON articles (story_id, assigned_seq);

CREATE TABLE article_revisions (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision     INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  title        TEXT,
  fetched      TEXT,
  data         TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
);

CREATE TABLE stories (
  id          TEXT PRIMARY KEY,
  slug        TEXT NOT NULL,
  version     INTEGER NOT NULL,
  first_seen  TEXT,
  updated     TEXT,
  updated_key INTEGER NOT NULL,
  category    TEXT,
  published   INTEGER NOT NULL,
  data        TEXT NOT NULL
);
CREATE INDEX stories_latest ON stories (published, updated_key);
CREATE INDEX stories_category ON stories (category, published, updated_key);
CREATE INDEX stories_slug ON stories (slug);

CREATE TABLE story_versions (
  story_id TEXT NOT NULL,
  version  INTEGER NOT NULL,
  at       TEXT NOT NULL,
  data     TEXT NOT NULL,
  PRIMARY KEY (story_id, version)
);

CREATE TABLE story_tags (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  tag      TEXT NOT NULL,
  PRIMARY KEY (story_id, tag)
);
CREATE INDEX story_tags_tag ON story_tags (tag);

CREATE TABLE story_outlets (
  story_id      TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  outlet_domain TEXT NOT NULL,
  PRIMARY KEY (story_id, outlet_domain)
);
CREATE INDEX story_outlets_outlet ON story_outlets (outlet_domain);

-- Citations of the current version of each story, one row per cited span, so that "which
-- stories cite this article" and verification queries need no JSON parsing.
CREATE TABLE citations (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  version    INTEGER NOT NULL,
  element    TEXT NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
CREATE INDEX citations_story ON citations (story_id);
CREATE INDEX citations_article ON citations (article_id);

CREATE TABLE story_merges (
  from_id TEXT PRIMARY KEY,
  into_id TEXT NOT NULL,
  at      TEXT NOT NULL
);
