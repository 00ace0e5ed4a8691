-- Career Workbench schema, version 3: interview practice.
-- Applications with their stage moves, a question bank, formats the user can add, who ran a mock,
-- and the target score readiness is measured against.

-- Formats: the built-in words (used by CSV files) and any the user adds.
CREATE TABLE interview_formats (
    key       TEXT    PRIMARY KEY CHECK (length(key) > 0 AND key NOT GLOB '*[^a-z0-9_]*'),
    name      TEXT    NOT NULL CHECK (length(name) > 0),
    built_in  INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    position  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO interview_formats (key, name, built_in, position) VALUES
    ('coding', 'Coding', 1, 1),
    ('system_design', 'ML system design', 1, 2),
    ('ml_theory', 'ML theory', 1, 3),
    ('deep_learning', 'Deep learning', 1, 4),
    ('statistics', 'Statistics and probability', 1, 5),
    ('behavioural', 'Behavioural', 1, 6),
    ('responsible_ai', 'Responsible AI', 1, 7),
    ('take_home', 'Take-home', 1, 8),
    ('screening', 'Screening', 1, 9),
    ('technical', 'Technical (general)', 1, 10);

-- A job application and where it stands.
CREATE TABLE applications (
    id           INTEGER PRIMARY KEY,
    company      TEXT    NOT NULL CHECK (length(company) > 0),
    role         TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL DEFAULT '',
    applied_on   TEXT,
    posting_url  TEXT    NOT NULL DEFAULT '',
    stage        TEXT    NOT NULL DEFAULT 'applied'
                 CHECK (stage IN ('applied', 'screen', 'technical', 'onsite', 'offer', 'rejected',
                                  'withdrawn')),
    notes        TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX applications_stage ON applications(stage);

-- Every stage an application moved to, with the day it moved.
CREATE TABLE application_stage_moves (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    stage           TEXT    NOT NULL
                    CHECK (stage IN ('applied', 'screen', 'technical', 'onsite', 'offer',
                                     'rejected', 'withdrawn')),
    moved_on        TEXT    NOT NULL
);
CREATE INDEX application_stage_moves_application ON application_stage_moves(application_id, id);

-- Sessions are rebuilt: the format becomes a reference to interview_formats (version 1 allowed a
-- fixed list), a mock records who ran it, and a real interview can belong to an application.
-- The new tables are filled, the old ones dropped child first, and the new ones renamed into
-- place (the rename carries the topics' reference to the sessions along).
CREATE TABLE interview_sessions_v3 (
    id                 INTEGER PRIMARY KEY,
    occurred_at        TEXT    NOT NULL,
    kind               TEXT    NOT NULL DEFAULT 'mock' CHECK (kind IN ('mock', 'real')),
    format             TEXT    NOT NULL DEFAULT 'technical'
                       REFERENCES interview_formats(key) ON UPDATE CASCADE,
    ran_by             TEXT    CHECK (ran_by IS NULL OR ran_by IN ('self', 'peer', 'platform')),
    ran_by_name        TEXT    NOT NULL DEFAULT '',
    application_id     INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    company            TEXT    NOT NULL DEFAULT '',
    role               TEXT    NOT NULL DEFAULT '',
    duration_minutes   INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes >= 0),
    self_score         INTEGER NOT NULL CHECK (self_score BETWEEN 1 AND 5),
    interviewer_score  INTEGER CHECK (interviewer_score IS NULL OR interviewer_score BETWEEN 1 AND 5),
    went_well          TEXT    NOT NULL DEFAULT '',
    to_improve         TEXT    NOT NULL DEFAULT '',
    action_items       TEXT    NOT NULL DEFAULT '',
    questions_asked    TEXT    NOT NULL DEFAULT '',
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

INSERT INTO interview_sessions_v3 (id, occurred_at, kind, format, ran_by, company, role,
                                   duration_minutes, self_score, interviewer_score, went_well,
                                   to_improve, action_items, questions_asked, created_at)
SELECT id, occurred_at, kind, format, CASE kind WHEN 'mock' THEN 'self' END, company, role,
       duration_minutes, self_score, interviewer_score, went_well, to_improve, action_items,
       questions_asked, created_at
FROM interview_sessions;

CREATE TABLE interview_session_topics_v3 (
    session_id  INTEGER NOT NULL REFERENCES interview_sessions_v3(id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES interview_topics(id) ON DELETE CASCADE,
    -- how this topic went in this session, 1-5 (NULL: not scored separately)
    score       INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    -- the order the topics were listed in
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, topic_id)
) WITHOUT ROWID;

INSERT INTO interview_session_topics_v3 (session_id, topic_id, score, position)
SELECT session_id, topic_id, score, topic_id FROM interview_session_topics;

DROP TABLE interview_session_topics;
DROP TABLE interview_sessions;
ALTER TABLE interview_sessions_v3 RENAME TO interview_sessions;
ALTER TABLE interview_session_topics_v3 RENAME TO interview_session_topics;

CREATE INDEX interview_sessions_occurred ON interview_sessions(occurred_at);
-- A session's identity for imports: the same date, company, role and format is the same session.
CREATE INDEX interview_sessions_identity ON interview_sessions(occurred_at, company, role, format);
CREATE INDEX interview_sessions_application ON interview_sessions(application_id);
CREATE INDEX interview_sessions_format ON interview_sessions(format);
CREATE INDEX interview_session_topics_topic ON interview_session_topics(topic_id);

-- The question bank.
CREATE TABLE interview_questions (
    id            INTEGER PRIMARY KEY,
    text          TEXT    NOT NULL UNIQUE CHECK (length(text) > 0),
    answer_notes  TEXT    NOT NULL DEFAULT '',
    times_asked   INTEGER NOT NULL DEFAULT 0 CHECK (times_asked >= 0),
    last_asked    TEXT,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE interview_question_topics (
    question_id  INTEGER NOT NULL REFERENCES interview_questions(id) ON DELETE CASCADE,
    topic_id     INTEGER NOT NULL REFERENCES interview_topics(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX interview_question_topics_topic ON interview_question_topics(topic_id);

-- Readiness per format is the recent average score against this target (1-5).
INSERT OR IGNORE INTO settings (key, value) VALUES ('interviews/targetScore', '4');
