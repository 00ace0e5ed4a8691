-- Career Workbench schema, version 2: portfolio projects in full (issue #10).
-- Featured projects, free-text highlights, images stored in the file, and the readiness
-- checklist: a manual tick per item beside what the last repository scan found, and where.

ALTER TABLE projects ADD COLUMN featured INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1));
-- one highlight per line
ALTER TABLE projects ADD COLUMN highlights TEXT NOT NULL DEFAULT '';
-- the local checkout last scanned, and when ('YYYY-MM-DDTHH:MM:SS'); NULL: never scanned
ALTER TABLE projects ADD COLUMN scan_path TEXT NOT NULL DEFAULT '';
ALTER TABLE projects ADD COLUMN scanned_at TEXT;

-- The checklist's item ids became those of the readiness score; keep the ticks users made.
UPDATE OR IGNORE project_practices SET practice = CASE practice
    WHEN 'install_instructions' THEN 'readme_install'
    WHEN 'coverage_report' THEN 'coverage'
    WHEN 'environment_file' THEN 'environment'
    WHEN 'relative_paths' THEN 'absolute_paths'
    WHEN 'secrets_documented' THEN 'secrets'
    WHEN 'ci_pipeline' THEN 'ci'
    WHEN 'architecture_diagram' THEN 'architecture'
    WHEN 'results_quantified' THEN 'results'
    ELSE practice END;

-- `done` stays the user's own tick; `scanned` is the last scan's verdict (NULL: not scanned).
ALTER TABLE project_practices ADD COLUMN scanned INTEGER CHECK (scanned IS NULL OR scanned IN (0, 1));

-- What the last scan found for an item: a file, a line where there is one (NULL otherwise),
-- and the text found there with any secret masked.
CREATE TABLE project_practice_evidence (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    practice    TEXT    NOT NULL CHECK (length(practice) > 0),
    file        TEXT    NOT NULL DEFAULT '',
    line        INTEGER CHECK (line IS NULL OR line > 0),
    text        TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX project_practice_evidence_project ON project_practice_evidence(project_id, practice);

-- A diagram or screenshot, kept in the workbench file; at most 2 MiB each.
CREATE TABLE project_images (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    caption     TEXT    NOT NULL DEFAULT '',
    mime_type   TEXT    NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp')),
    data        BLOB    NOT NULL CHECK (length(data) > 0 AND length(data) <= 2097152),
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX project_images_project ON project_images(project_id, position);
