-- Resume languages as rows of their own (they lived in the setting 'resume.languages', one per
-- line): a language, how well it is spoken, and its place in the resume's order.

CREATE TABLE languages (
    id          INTEGER PRIMARY KEY,
    language    TEXT    NOT NULL CHECK (length(language) > 0),
    fluency     TEXT    NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0
);

-- Carry the old lines over, in their order (the whole line becomes the language).
WITH RECURSIVE split(line, rest, n) AS (
    SELECT '', (SELECT value FROM settings WHERE key = 'resume.languages') || char(10), -1
    UNION ALL
    SELECT substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1), n + 1
    FROM split WHERE rest <> ''
)
INSERT INTO languages (language, sort_order)
SELECT trim(line), n FROM split WHERE n >= 0 AND trim(line) <> '';

DELETE FROM settings WHERE key = 'resume.languages';
