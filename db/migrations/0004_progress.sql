-- Progress over time: every change of a skill's current level, kept from this version on.
-- A trigger records the change wherever a level is written (the Skills page, an undo, an import),
-- so no writer can forget it. Study time per day already lives in study_sessions.
-- A writer that sets starting levels rather than progress (the demo, the first-run guide's
-- self-assessment) sets the setting 'progress/baseline' inside its transaction and removes it
-- before committing: those levels are where the user starts, not levels gained.

CREATE TABLE skill_level_changes (
    id          INTEGER PRIMARY KEY,
    skill_id    INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
    -- Local time, as the user's days are local: 'YYYY-MM-DDTHH:MM:SS'.
    changed_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    from_level  INTEGER NOT NULL CHECK (from_level BETWEEN 0 AND 5),
    to_level    INTEGER NOT NULL CHECK (to_level BETWEEN 0 AND 5),
    CHECK (from_level <> to_level)
);
CREATE INDEX skill_level_changes_time ON skill_level_changes(changed_at);
CREATE INDEX skill_level_changes_skill ON skill_level_changes(skill_id, changed_at);

CREATE TRIGGER skill_level_changes_record AFTER UPDATE OF current_level ON skills
WHEN NEW.current_level <> OLD.current_level
     AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'progress/baseline')
BEGIN
    INSERT INTO skill_level_changes (skill_id, from_level, to_level)
    VALUES (NEW.id, OLD.current_level, NEW.current_level);
END;
