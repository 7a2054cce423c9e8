-- A story whose articles turned out to be about two events splits: the articles of the newer
-- event move to a new story. The row records where the new story came from.
CREATE TABLE story_splits (
  new_id  TEXT PRIMARY KEY,
  from_id TEXT NOT NULL,
  at      TEXT NOT NULL
);
CREATE INDEX story_splits_from ON story_splits (from_id);
