#include "overviewrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

OverviewRepository::OverviewRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

OverviewRepository::Counts OverviewRepository::counts(QString *error) const
{
    QSqlQuery q(m_db);
    Counts c;
    if (!q.exec(
            u"SELECT (SELECT count(*) FROM roadmap_stages), (SELECT count(*) FROM "
            u"skill_categories), "
            "(SELECT count(*) FROM skills), (SELECT count(*) FROM study_sessions), "
            "(SELECT count(*) FROM certifications), (SELECT count(*) FROM projects), "
            "(SELECT count(*) FROM interview_sessions), (SELECT count(*) FROM interview_topics), "
            "(SELECT count(*) FROM work_history), (SELECT count(*) FROM education)"_s)
        || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return c;
    }
    c.stages = q.value(0).toInt();
    c.categories = q.value(1).toInt();
    c.skills = q.value(2).toInt();
    c.studySessions = q.value(3).toInt();
    c.certifications = q.value(4).toInt();
    c.projects = q.value(5).toInt();
    c.interviewSessions = q.value(6).toInt();
    c.interviewTopics = q.value(7).toInt();
    c.workHistory = q.value(8).toInt();
    c.education = q.value(9).toInt();
    return c;
}

OverviewRepository::Rows OverviewRepository::listing(Listing which, QString *error) const
{
    QString sql;
    switch (which) {
    case Listing::Projects:
        sql = u"SELECT p.name AS name, p.status AS status, p.pitch AS pitch, p.started_on AS "
              u"started, "
              "p.finished_on AS finished, (SELECT count(*) FROM project_metrics m WHERE "
              "m.project_id = p.id) "
              "AS metrics, p.repository_url AS repository FROM projects p ORDER BY p.position, p.name"_s;
        break;
    case Listing::InterviewSessions:
        sql = u"SELECT occurred_at AS date, kind, format, company, role, self_score AS self, "
              "interviewer_score AS interviewer FROM interview_sessions ORDER BY occurred_at DESC"_s;
        break;
    case Listing::WorkHistory:
        sql = u"SELECT employer, position, location, started_on AS started, ended_on AS ended "
              "FROM work_history ORDER BY sort_order, started_on DESC"_s;
        break;
    case Listing::Education:
        sql = u"SELECT institution, area, study_type AS degree, started_on AS started, ended_on AS "
              u"ended "
              "FROM education ORDER BY sort_order, started_on DESC"_s;
        break;
    }
    Rows out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        out.columns << rec.fieldName(i);
    while (q.next()) {
        QVariantList row;
        row.reserve(rec.count());
        for (int i = 0; i < rec.count(); ++i)
            row << q.value(i);
        out.rows << row;
    }
    return out;
}

QString OverviewRepository::profileName() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT name FROM profile WHERE id = 1"_s) && q.next())
        return q.value(0).toString();
    return {};
}
