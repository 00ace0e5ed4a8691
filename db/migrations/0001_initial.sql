-- Career Workbench schema, version 1.
-- Released migrations are never edited: add 0002_..., 0003_... instead.
-- Conventions: dates are ISO 8601 text ('YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM' for moments),
-- money is REAL in the currency named beside it (or the profile's), positions order rows in lists.

-- The person whose workbench this is. Exactly one row (id = 1).
CREATE TABLE profile (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    name             TEXT    NOT NULL DEFAULT '',
    headline         TEXT    NOT NULL DEFAULT '',
    email            TEXT    NOT NULL DEFAULT '',
    phone            TEXT    NOT NULL DEFAULT '',
    website          TEXT    NOT NULL DEFAULT '',
    location         TEXT    NOT NULL DEFAULT '',
    summary          TEXT    NOT NULL DEFAULT '',
    current_salary   REAL    NOT NULL DEFAULT 0 CHECK (current_salary >= 0),
    currency         TEXT    NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    target_role      TEXT    NOT NULL DEFAULT '',
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE profile_links (
    id        INTEGER PRIMARY KEY,
    network   TEXT    NOT NULL CHECK (length(network) > 0),
    username  TEXT    NOT NULL DEFAULT '',
    url       TEXT    NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0
);

-- Per-workbench settings that travel with the document (study budget, ROI assumptions ...).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- Roadmap -------------------------------------------------------------------------------------

CREATE TABLE roadmap_stages (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (length(name) > 0),
    description  TEXT    NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE skill_categories (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE CHECK (length(name) > 0),
    description  TEXT    NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE skills (
    id             INTEGER PRIMARY KEY,
    stage_id       INTEGER NOT NULL REFERENCES roadmap_stages(id) ON DELETE RESTRICT,
    category_id    INTEGER NOT NULL REFERENCES skill_categories(id) ON DELETE RESTRICT,
    name           TEXT    NOT NULL CHECK (length(name) > 0),
    description    TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    current_level  INTEGER NOT NULL DEFAULT 0 CHECK (current_level BETWEEN 0 AND 5),
    target_level   INTEGER NOT NULL DEFAULT 3 CHECK (target_level BETWEEN 0 AND 5),
    -- 1 = low, 2 = normal, 3 = high, 4 = critical
    priority       INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 4),
    status         TEXT    NOT NULL DEFAULT 'not_started'
                   CHECK (status IN ('not_started', 'learning', 'proficient', 'skipped')),
    position       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX skills_stage ON skills(stage_id, position);
CREATE INDEX skills_category ON skills(category_id);

CREATE TABLE skill_prerequisites (
    skill_id         INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
    prerequisite_id  INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
    PRIMARY KEY (skill_id, prerequisite_id),
    CHECK (skill_id <> prerequisite_id)
) WITHOUT ROWID;
CREATE INDEX skill_prerequisites_reverse ON skill_prerequisites(prerequisite_id);

-- Certifications ------------------------------------------------------------------------------

CREATE TABLE certifications (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT    NOT NULL CHECK (length(name) > 0),
    issuer                 TEXT    NOT NULL DEFAULT '',
    url                    TEXT    NOT NULL DEFAULT '',
    credential_id          TEXT    NOT NULL DEFAULT '',
    status                 TEXT    NOT NULL DEFAULT 'considering'
                           CHECK (status IN ('considering', 'planned', 'studying', 'earned',
                                             'expired', 'abandoned')),
    currency               TEXT    CHECK (currency IS NULL OR length(currency) = 3),
    exam_cost              REAL    NOT NULL DEFAULT 0 CHECK (exam_cost >= 0),
    materials_cost         REAL    NOT NULL DEFAULT 0 CHECK (materials_cost >= 0),
    other_cost             REAL    NOT NULL DEFAULT 0 CHECK (other_cost >= 0),
    renewal_cost           REAL    NOT NULL DEFAULT 0 CHECK (renewal_cost >= 0),
    renewal_period_months  INTEGER NOT NULL DEFAULT 0 CHECK (renewal_period_months >= 0),
    planned_hours          REAL    NOT NULL DEFAULT 0 CHECK (planned_hours >= 0),
    started_on             TEXT,
    exam_on                TEXT,
    earned_on              TEXT,
    expires_on             TEXT,
    -- Expected gain: an amount a year, or a percentage of the current salary (one of them).
    uplift_amount          REAL    CHECK (uplift_amount IS NULL OR uplift_amount >= 0),
    uplift_percent         REAL    CHECK (uplift_percent IS NULL OR uplift_percent >= 0),
    notes                  TEXT    NOT NULL DEFAULT '',
    catalogue_key          TEXT,
    position               INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK (uplift_amount IS NULL OR uplift_percent IS NULL),
    CHECK (started_on IS NULL OR exam_on IS NULL OR started_on <= exam_on),
    CHECK (exam_on IS NULL OR earned_on IS NULL OR exam_on <= earned_on),
    CHECK (earned_on IS NULL OR expires_on IS NULL OR earned_on <= expires_on)
);
CREATE INDEX certifications_status ON certifications(status);

CREATE TABLE certification_skills (
    certification_id  INTEGER NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
    skill_id          INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
    PRIMARY KEY (certification_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX certification_skills_skill ON certification_skills(skill_id);

-- Study time, against a skill, a certification or both.
CREATE TABLE study_sessions (
    id                INTEGER PRIMARY KEY,
    skill_id          INTEGER REFERENCES skills(id) ON DELETE CASCADE,
    certification_id  INTEGER REFERENCES certifications(id) ON DELETE CASCADE,
    studied_on        TEXT    NOT NULL,
    minutes           INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    note              TEXT    NOT NULL DEFAULT '',
    CHECK (skill_id IS NOT NULL OR certification_id IS NOT NULL)
);
CREATE INDEX study_sessions_skill ON study_sessions(skill_id, studied_on);
CREATE INDEX study_sessions_certification ON study_sessions(certification_id, studied_on);
CREATE INDEX study_sessions_date ON study_sessions(studied_on);

-- Portfolio projects --------------------------------------------------------------------------

CREATE TABLE projects (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL CHECK (length(name) > 0),
    pitch               TEXT    NOT NULL DEFAULT '',
    problem             TEXT    NOT NULL DEFAULT '',
    approach            TEXT    NOT NULL DEFAULT '',
    architecture_notes  TEXT    NOT NULL DEFAULT '',
    dataset             TEXT    NOT NULL DEFAULT '',
    role                TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT 'idea'
                        CHECK (status IN ('idea', 'in_progress', 'done', 'archived')),
    started_on          TEXT,
    finished_on         TEXT,
    repository_url      TEXT    NOT NULL DEFAULT '',
    demo_url            TEXT    NOT NULL DEFAULT '',
    target_industry     TEXT    NOT NULL DEFAULT '',
    target_company      TEXT    NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK (started_on IS NULL OR finished_on IS NULL OR started_on <= finished_on)
);

CREATE TABLE project_metrics (
    id                INTEGER PRIMARY KEY,
    project_id        INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name              TEXT    NOT NULL CHECK (length(name) > 0),
    baseline          REAL,
    achieved          REAL    NOT NULL,
    unit              TEXT    NOT NULL DEFAULT '',
    higher_is_better  INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
    position          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX project_metrics_project ON project_metrics(project_id, position);

-- The repository practices hiring managers check (README, tests, environment file ...).
CREATE TABLE project_practices (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    practice    TEXT    NOT NULL CHECK (length(practice) > 0),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    note        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, practice)
) WITHOUT ROWID;

CREATE TABLE project_skills (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX project_skills_skill ON project_skills(skill_id);

-- Interview practice --------------------------------------------------------------------------

-- Topics carry their spaced-practice state (SM-2 style: ease, interval, next due date).
CREATE TABLE interview_topics (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE CHECK (length(name) > 0),
    description     TEXT    NOT NULL DEFAULT '',
    skill_id        INTEGER REFERENCES skills(id) ON DELETE SET NULL,
    ease            REAL    NOT NULL DEFAULT 2.5 CHECK (ease >= 1.3),
    interval_days   INTEGER NOT NULL DEFAULT 0 CHECK (interval_days >= 0),
    repetitions     INTEGER NOT NULL DEFAULT 0 CHECK (repetitions >= 0),
    last_practised  TEXT,
    due_on          TEXT
);
CREATE INDEX interview_topics_due ON interview_topics(due_on);
CREATE INDEX interview_topics_skill ON interview_topics(skill_id);

CREATE TABLE interview_sessions (
    id                 INTEGER PRIMARY KEY,
    occurred_at        TEXT    NOT NULL,
    kind               TEXT    NOT NULL DEFAULT 'mock' CHECK (kind IN ('mock', 'real')),
    format             TEXT    NOT NULL DEFAULT 'technical'
                       CHECK (format IN ('coding', 'system_design', 'ml_theory', 'behavioural',
                                         'take_home', 'technical', 'screening')),
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
CREATE INDEX interview_sessions_occurred ON interview_sessions(occurred_at);

CREATE TABLE interview_session_topics (
    session_id  INTEGER NOT NULL REFERENCES interview_sessions(id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES interview_topics(id) ON DELETE CASCADE,
    -- how this topic went in this session, 1-5 (NULL: not scored separately)
    score       INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    PRIMARY KEY (session_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX interview_session_topics_topic ON interview_session_topics(topic_id);

-- Resume material -----------------------------------------------------------------------------

CREATE TABLE work_history (
    id           INTEGER PRIMARY KEY,
    employer     TEXT    NOT NULL CHECK (length(employer) > 0),
    position     TEXT    NOT NULL DEFAULT '',
    location     TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    started_on   TEXT,
    ended_on     TEXT,
    summary      TEXT    NOT NULL DEFAULT '',
    -- one highlight per line
    highlights   TEXT    NOT NULL DEFAULT '',
    sort_order   INTEGER NOT NULL DEFAULT 0,
    CHECK (started_on IS NULL OR ended_on IS NULL OR started_on <= ended_on)
);

CREATE TABLE education (
    id           INTEGER PRIMARY KEY,
    institution  TEXT    NOT NULL CHECK (length(institution) > 0),
    area         TEXT    NOT NULL DEFAULT '',
    study_type   TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    started_on   TEXT,
    ended_on     TEXT,
    score        TEXT    NOT NULL DEFAULT '',
    -- one course per line
    courses      TEXT    NOT NULL DEFAULT '',
    sort_order   INTEGER NOT NULL DEFAULT 0,
    CHECK (started_on IS NULL OR ended_on IS NULL OR started_on <= ended_on)
);

INSERT INTO profile (id) VALUES (1);
