#include "reportrepository.h"

#include "certificationrepository.h"
#include "profilerepository.h"
#include "roadmaprepository.h"
#include "settingsrepository.h"
#include "sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines.append(t);
    }
    return lines;
}

} // namespace

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<ReportData> ReportRepository::load(QString *error) const
{
    // One read transaction: every list comes from the same state of the file.
    QSqlDatabase db = m_db;
    const bool inTransaction = db.transaction();
    ReportData data;
    data.today = QDate::currentDate();
    QString e;
    data.profile = ProfileRepository(m_db).load(&e);
    std::optional<Roadmap> roadmap;
    if (e.isEmpty())
        roadmap = RoadmapRepository(m_db).load(&e);
    if (roadmap)
        data.roadmap = *roadmap;
    if (e.isEmpty()) {
        CertificationRepository certs(m_db);
        data.certifications = certs.all(&e);
        data.roi = certs.roiAssumptions();
    }
    const bool ok = e.isEmpty() && roadmap && loadLinks(data, &e) && loadProjects(data, &e)
        && loadInterviews(data, &e) && loadWork(data, &e) && loadEducation(data, &e)
        && loadLanguages(data, &e);
    if (inTransaction)
        db.commit();
    if (!ok) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return data;
}

bool ReportRepository::loadLinks(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT network, username, url FROM profile_links ORDER BY position, id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next())
        data.links.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

bool ReportRepository::loadProjects(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, pitch, problem, approach, role, status, started_on, "
                "finished_on, repository_url, demo_url, target_industry "
                "FROM projects ORDER BY position, id"_s))
        return SqlHelpers::failWith(q, error);
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ReportData::Project p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.pitch = q.value(2).toString();
        p.problem = q.value(3).toString();
        p.approach = q.value(4).toString();
        p.role = q.value(5).toString();
        p.status = q.value(6).toString();
        p.startedOn = dateOf(q.value(7));
        p.finishedOn = dateOf(q.value(8));
        p.repositoryUrl = q.value(9).toString();
        p.demoUrl = q.value(10).toString();
        p.targetIndustry = q.value(11).toString();
        index.insert(p.id, data.projects.size());
        data.projects.append(p);
    }
    if (!q.exec(u"SELECT project_id, name, baseline, achieved, unit, higher_is_better "
                "FROM project_metrics ORDER BY project_id, position, id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        ReportData::Metric m;
        m.name = q.value(1).toString();
        if (!q.value(2).isNull())
            m.baseline = q.value(2).toDouble();
        m.achieved = q.value(3).toDouble();
        m.unit = q.value(4).toString();
        m.higherIsBetter = q.value(5).toInt() != 0;
        data.projects[*it].metrics.append(m);
    }
    if (!q.exec(u"SELECT ps.project_id, s.name FROM project_skills ps "
                "JOIN skills s ON s.id = ps.skill_id "
                "JOIN roadmap_stages st ON st.id = s.stage_id "
                "ORDER BY ps.project_id, st.position, s.position, s.id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            data.projects[*it].stack.append(q.value(1).toString());
    }
    if (!q.exec(u"SELECT project_id, SUM(done), COUNT(*) FROM project_practices "
                "GROUP BY project_id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        data.projects[*it].practicesDone = q.value(1).toInt();
        data.projects[*it].practicesTotal = q.value(2).toInt();
    }
    return true;
}

bool ReportRepository::loadInterviews(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT occurred_at, kind, format, company, role, self_score, interviewer_score "
                "FROM interview_sessions ORDER BY occurred_at, id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next()) {
        ReportData::InterviewSession s;
        s.occurredOn = dateOf(q.value(0));
        s.kind = q.value(1).toString();
        s.format = q.value(2).toString();
        s.company = q.value(3).toString();
        s.role = q.value(4).toString();
        s.selfScore = q.value(5).toInt();
        if (!q.value(6).isNull())
            s.interviewerScore = q.value(6).toInt();
        data.interviews.append(s);
    }
    return true;
}

bool ReportRepository::loadWork(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT employer, position, location, url, started_on, ended_on, summary, "
                "highlights FROM work_history ORDER BY sort_order, id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next()) {
        ReportData::Job j;
        j.employer = q.value(0).toString();
        j.position = q.value(1).toString();
        j.location = q.value(2).toString();
        j.url = q.value(3).toString();
        j.startedOn = dateOf(q.value(4));
        j.endedOn = dateOf(q.value(5));
        j.summary = q.value(6).toString();
        j.highlights = linesOf(q.value(7).toString());
        data.work.append(j);
    }
    return true;
}

bool ReportRepository::loadEducation(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT institution, area, study_type, url, started_on, ended_on, score, "
                "courses FROM education ORDER BY sort_order, id"_s))
        return SqlHelpers::failWith(q, error);
    while (q.next()) {
        ReportData::Study s;
        s.institution = q.value(0).toString();
        s.area = q.value(1).toString();
        s.studyType = q.value(2).toString();
        s.url = q.value(3).toString();
        s.startedOn = dateOf(q.value(4));
        s.endedOn = dateOf(q.value(5));
        s.score = q.value(6).toString();
        s.courses = linesOf(q.value(7).toString());
        data.education.append(s);
    }
    return true;
}

bool ReportRepository::loadLanguages(ReportData &data, QString *) const
{
    data.languages = linesOf(SettingsRepository(m_db).value(u"resume.languages"_s).toString());
    return true;
}
