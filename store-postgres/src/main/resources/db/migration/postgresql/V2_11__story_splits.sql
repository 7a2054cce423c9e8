-- Story splits (issue 6), as db/migration/sqlite/V2_11__story_splits.sql: a story whose articles
-- turned out to be about two events splits, and the articles of the newer event move to a new
-- story. The row records where the new story came from.
CREATE TABLE story_splits (
  new_id  TEXT COLLATE "C" PRIMARY KEY,
  from_id TEXT COLLATE "C" NOT NULL,
  at      TEXT NOT NULL
);
CREATE INDEX story_splits_from ON story_splits (from_id);
