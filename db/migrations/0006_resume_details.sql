-- What a JSON Resume (schema v1.2.1) carries that the workbench did not keep yet, so that a
-- resume imported and exported again loses nothing the app models.
--
-- Date precision: JSON Resume dates are YYYY, YYYY-MM or YYYY-MM-DD. The date columns keep a
-- whole date (the first day of the year or month); the *_precision column says how much of it
-- was given: 1 = year, 2 = month, 3 = day (every date written before this version is a day).

ALTER TABLE work_history ADD COLUMN started_precision INTEGER NOT NULL DEFAULT 3
    CHECK (started_precision BETWEEN 1 AND 3);
ALTER TABLE work_history ADD COLUMN ended_precision INTEGER NOT NULL DEFAULT 3
    CHECK (ended_precision BETWEEN 1 AND 3);
ALTER TABLE education ADD COLUMN started_precision INTEGER NOT NULL DEFAULT 3
    CHECK (started_precision BETWEEN 1 AND 3);
ALTER TABLE education ADD COLUMN ended_precision INTEGER NOT NULL DEFAULT 3
    CHECK (ended_precision BETWEEN 1 AND 3);
ALTER TABLE projects ADD COLUMN started_precision INTEGER NOT NULL DEFAULT 3
    CHECK (started_precision BETWEEN 1 AND 3);
ALTER TABLE projects ADD COLUMN finished_precision INTEGER NOT NULL DEFAULT 3
    CHECK (finished_precision BETWEEN 1 AND 3);
ALTER TABLE certifications ADD COLUMN earned_precision INTEGER NOT NULL DEFAULT 3
    CHECK (earned_precision BETWEEN 1 AND 3);

-- The postal address of the profile (basics.location); profile.location stays the one line
-- the app shows.
ALTER TABLE profile ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN country_code TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN region TEXT NOT NULL DEFAULT '';

-- How a resume words a skill: its level as text ("Master") and its keywords, one per line.
-- The roadmap's 0-5 level stays the truth; the text is written back while it still matches.
CREATE TABLE skill_resume (
    skill_id    INTEGER PRIMARY KEY REFERENCES skills(id) ON DELETE CASCADE,
    level_text  TEXT    NOT NULL DEFAULT '',
    keywords    TEXT    NOT NULL DEFAULT ''
);
