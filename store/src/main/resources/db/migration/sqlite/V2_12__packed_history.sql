-- History kept smaller (issue 10: a 100,000-article store held 33 KB an article, 10 KB of it
-- story versions and 6 KB revision copies of article texts already in articles.data).
-- A story version's JSON is kept deflated in "packed" (data is NULL then; older rows keep their
-- data). A revision row's data is NULL while it is the article's current revision: its text is
-- articles.data, and it is copied in when a newer revision supersedes it.
-- SQLite cannot drop NOT NULL in place, so both tables are rebuilt.
CREATE TABLE story_versions_packed (
  story_id TEXT NOT NULL,
  version  INTEGER NOT NULL,
  at       TEXT NOT NULL,
  data     TEXT,
  packed   BLOB,
  PRIMARY KEY (story_id, version),
  CHECK (data IS NOT NULL OR packed IS NOT NULL)
);
INSERT INTO story_versions_packed (story_id, version, at, data) SELECT story_id, version, at, data FROM story_versions;
DROP TABLE story_versions;
ALTER TABLE story_versions_packed RENAME TO story_versions;

CREATE TABLE article_revisions_current (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision     INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  title        TEXT,
  fetched      TEXT,
  data         TEXT,
  PRIMARY KEY (article_id, revision)
);
INSERT INTO article_revisions_current (article_id, revision, content_hash, title, fetched, data)
  SELECT r.article_id, r.revision, r.content_hash, r.title, r.fetched,
    CASE WHEN r.revision = a.revision THEN NULL ELSE r.data END
  FROM article_revisions r LEFT JOIN articles a ON a.id = r.article_id;
DROP TABLE article_revisions;
ALTER TABLE article_revisions_current RENAME TO article_revisions;
