#include "overviewrepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

OverviewRepository::OverviewRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<OverviewRepository::Counts> OverviewRepository::counts(QString *error) const
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
        SqlHelpers::failWith(q, error);
        return std::nullopt;
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

std::optional<QString> OverviewRepository::profileName(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name FROM profile WHERE id = 1"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}
