-- History kept smaller, as db/migration/sqlite/V2_12__packed_history.sql: a story version's JSON
-- is kept deflated in "packed" (data is NULL then; older rows keep their data), and a revision
-- row's data is NULL while it is the article's current revision (its text is articles.data; it
-- is copied in when a newer revision supersedes it).
ALTER TABLE story_versions ALTER COLUMN data DROP NOT NULL;
ALTER TABLE story_versions ADD COLUMN packed BYTEA;
ALTER TABLE story_versions ADD CONSTRAINT story_versions_kept CHECK (data IS NOT NULL OR packed IS NOT NULL);

ALTER TABLE article_revisions ALTER COLUMN data DROP NOT NULL;
UPDATE article_revisions r SET data = NULL FROM articles a WHERE a.id = r.article_id AND a.revision = r.revision;
