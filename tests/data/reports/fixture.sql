-- A small workbench with known numbers for the report tests (expected-output files beside it).
-- Loaded into a freshly migrated, empty workbench; one statement per ";" at a line end.
UPDATE profile SET name = 'Dana Okafor', headline = 'Data analyst becoming an AI engineer',
    email = 'dana@example.org', phone = '+1 555 0100', website = 'https://dana.example.org',
    location = 'Austin, TX', summary = 'Six years of analytics; now shipping ML systems.',
    current_salary = 90000, currency = 'USD', target_role = 'ML engineer' WHERE id = 1;
INSERT INTO profile_links (network, username, url, position) VALUES
    ('GitHub', 'dokafor', 'https://github.com/dokafor', 0),
    ('Blog', '', 'javascript:alert(1)', 1);
INSERT INTO languages (language, fluency, sort_order) VALUES ('English', 'native', 0),
    ('German', 'B2', 1);
INSERT INTO roadmap_stages (id, name, position) VALUES (1, 'Foundations', 0), (2, 'Machine learning', 1);
INSERT INTO skill_categories (id, name, position) VALUES (1, 'Programming', 0), (2, 'Modelling', 1), (3, 'Operations', 2);
INSERT INTO skills (id, stage_id, category_id, name, current_level, target_level, position) VALUES
    (1, 1, 1, 'Python', 4, 5, 0),
    (2, 1, 1, 'SQL', 5, 5, 1),
    (3, 2, 2, 'Gradient boosting', 3, 4, 0),
    (4, 2, 2, 'LLM evaluation', 2, 4, 1),
    (5, 2, 3, 'MLOps pipelines', 3, 4, 2);
INSERT INTO projects (id, name, pitch, problem, approach, role, status, started_on, finished_on,
    repository_url, highlights, position) VALUES
    (1, '<img src=x onerror=alert(1)> Fraud radar & co', 'Flags risky payments *fast*.',
     'Chargebacks cost 2% of revenue.', 'Gradient boosting on payment events.', 'Sole developer',
     'done', '2025-01-06', '2025-03-28', 'https://github.com/dokafor/fraud-radar',
     'Caught 3 in 4 frauds <b>before</b> payout', 0),
    (2, 'Support ticket router', 'Routes tickets with an LLM.', 'Tickets wait in the wrong queue.',
     'LLM classification with an evaluation set.', 'Lead', 'in_progress', '2025-05-01', NULL, '',
     '', 1);
INSERT INTO project_metrics (project_id, name, baseline, achieved, unit, higher_is_better, position) VALUES
    (1, 'Recall at 1% FPR', 0.62, 0.81, '', 1, 0),
    (1, 'Scoring latency', 120, 45, 'ms', 0, 1),
    (2, 'Tickets routed correctly', NULL, 88, '%', 1, 0);
INSERT INTO project_practices (project_id, practice, done) VALUES
    (1, 'readme', 1), (1, 'tests', 1), (1, 'ci', 1), (1, 'env', 0),
    (2, 'readme', 1), (2, 'tests', 0);
INSERT INTO project_skills (project_id, skill_id) VALUES (1, 1), (1, 3), (2, 4), (2, 1);
INSERT INTO project_images (project_id, caption, mime_type, data, position) VALUES
    (1, '<script>alert(2)</script> Data flow & "scoring"', 'image/png',
     X'89504E470D0A1A0A0000000D49484452000000180000000C0802000000F752EA22000000174944415478DA63908B5A4015C4306AD0A841A306E1430082B23B10ED8A32C40000000049454E44AE426082', 0);
INSERT INTO certifications (id, name, issuer, url, status, currency, exam_cost, materials_cost,
    planned_hours, earned_on, expires_on, uplift_amount, position) VALUES
    (1, 'Cloud ML Engineer', 'Example Cloud', 'https://cloud.example.com/cert', 'earned', 'USD',
     200, 50, 40, '2024-11-15', '2099-11-15', 5000, 0),
    (2, 'Data Engineer Associate', 'Example Data', '', 'planned', 'USD', 150, 0, 30, NULL, NULL,
     3000, 1);
INSERT INTO interview_sessions (occurred_at, kind, format, company, role, self_score, interviewer_score) VALUES
    ('2025-02-01T10:00', 'mock', 'coding', 'Practice', 'ML engineer', 2, NULL),
    ('2025-03-01T10:00', 'mock', 'system_design', 'Practice', 'ML engineer', 3, 3),
    ('2025-04-01T10:00', 'real', 'technical', 'Acme & Sons', 'ML engineer', 4, NULL);
INSERT INTO work_history (employer, position, location, started_on, ended_on, summary, highlights, sort_order) VALUES
    ('Northwind Retail', 'Senior data analyst', 'Austin, TX', '2021-03-01', NULL,
     'Analytics for a 40-store chain.', 'Built the demand forecast used by 40 stores
Cut the weekly report from 6 hours to 20 minutes', 0),
    ('Contoso Bank', 'Data analyst', 'Dallas, TX', '2018-06-01', '2021-02-28', '',
     'Fraud dashboards for the card team', 1);
INSERT INTO education (institution, area, study_type, started_on, ended_on, score, courses, sort_order) VALUES
    ('University of Texas', 'Statistics', 'BSc', '2014-09-01', '2018-05-31', '3.7 GPA',
     'Regression
Time series', 0);
