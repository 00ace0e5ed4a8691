-- A schema step that exists only in the test tree (issue 7, the test migration): the shipped
-- schema has one version, so migrate-with-backup is exercised with this one. It changes every
-- skill row and adds an index, so a crash can land in the middle of real work.
ALTER TABLE skills ADD COLUMN confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5);
UPDATE skills SET confidence = current_level;
CREATE INDEX skills_confidence ON skills(confidence);
