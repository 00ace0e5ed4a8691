#include "reportrepository.h"

#include "calc/readinessscore.h"
#include "certificationrepository.h"
#include "educationrepository.h"
#include "interviewsessionrepository.h"
#include "languagerepository.h"
#include "profilerepository.h"
#include "projectrepository.h"
#include "report/imagedecoder.h"
#include "roadmaprepository.h"
#include "settingsrepository.h"
#include "workhistoryrepository.h"

#include <QHash>
#include <QImage>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

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
    const std::optional<Profile> profile = ProfileRepository(m_db).load(&e);
    if (profile)
        data.profile = *profile;
    std::optional<Roadmap> roadmap;
    if (profile)
        roadmap = RoadmapRepository(m_db).load(&e);
    if (roadmap)
        data.roadmap = *roadmap;
    std::optional<QList<Certification>> certifications;
    std::optional<RoiAssumptions> roi;
    if (roadmap) {
        CertificationRepository certs(m_db);
        certifications = certs.all(&e);
        if (certifications)
            roi = certs.roiAssumptions(&e);
    }
    if (certifications && roi) {
        data.certifications = *certifications;
        data.roi = *roi;
    }
    // The pictures decode on other threads while the rest is read.
    ImageDecoder decoder;
    QList<PendingImage> images;
    const bool ok = roi && loadLinks(data, &e) && loadProjects(data, decoder, images, &e)
        && loadInterviews(data, &e) && loadWork(data, &e) && loadEducation(data, &e)
        && loadLanguages(data, &e);
    if (inTransaction)
        db.commit();
    decoder.finish();
    for (const PendingImage &p : std::as_const(images)) {
        const QImage image = decoder.image(p.handle);
        // A photo turned upright is not its file's pixels as stored: the PDF embeds the
        // decoded image, not the file.
        if (!image.isNull())
            data.projects[p.project].images.append(
                {p.caption, image, decoder.turned(p.handle) ? QByteArray() : p.file});
    }
    if (!ok) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return data;
}

bool ReportRepository::loadLinks(ReportData &data, QString *error) const
{
    const auto links = ProfileRepository(m_db).links(error);
    if (!links)
        return false;
    for (const ProfileLink &l : *links)
        data.links.append({l.network, l.username, l.url});
    return true;
}

bool ReportRepository::loadProjects(ReportData &data, ImageDecoder &decoder,
                                    QList<PendingImage> &images, QString *error) const
{
    ProjectRepository repo(m_db);
    const std::optional<QList<Project>> projects = repo.all(error);
    if (!projects)
        return false;
    const std::optional<QHash<qint64, QList<ChecklistEntry>>> checklists = repo.checklists(error);
    if (!checklists)
        return false;
    QHash<qint64, QString> skillNames;
    QHash<qint64, int> skillOrder; // roadmap order
    for (const Skill &s : std::as_const(data.roadmap.skills)) {
        skillNames.insert(s.id, s.name);
        skillOrder.insert(s.id, int(skillOrder.size()));
    }
    for (const Project &p : *projects) {
        ReportData::Project r;
        r.id = p.id;
        r.name = p.name;
        r.pitch = p.pitch;
        r.problem = p.problem;
        r.approach = p.approach;
        r.role = p.role;
        r.status = Project::statusKey(p.status);
        r.startedOn = p.startedOn;
        r.finishedOn = p.finishedOn;
        r.repositoryUrl = p.repositoryUrl;
        r.demoUrl = p.demoUrl;
        r.targetIndustry = p.targetIndustry;
        r.featured = p.featured;
        QList<qint64> skills = p.skillIds;
        std::sort(skills.begin(), skills.end(), [&](qint64 a, qint64 b) {
            return skillOrder.value(a, INT_MAX) < skillOrder.value(b, INT_MAX);
        });
        for (qint64 id : skills)
            if (skillNames.contains(id))
                r.stack.append(skillNames.value(id));
        for (const ProjectMetric &m : p.metrics)
            r.metrics.append({m.name, m.baseline, m.achieved, m.unit, m.higherIsBetter});
        r.highlights = linesOf(p.highlights);
        r.readiness = ReadinessScore::evaluate(p, checklists->value(p.id)).score;
        const std::optional<QList<ProjectImage>> files = repo.images(p.id, error);
        if (!files)
            return false;
        // Each distinct file is decoded once: projects that show the same picture (a shared
        // diagram, a logo) share one QImage, which the PDF writer then embeds once and refers
        // to from every page that shows it, instead of compressing the same pixels again.
        for (const ProjectImage &img : *files)
            images.append({data.projects.size(), img.caption, img.data, decoder.add(img.data)});
        data.projects.append(r);
    }
    return true;
}

bool ReportRepository::loadInterviews(ReportData &data, QString *error) const
{
    const auto sessions = InterviewSessionRepository(m_db).all(error);
    if (!sessions)
        return false;
    // The repository gives the newest first; the report tells the story oldest first.
    for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
        ReportData::InterviewSession s;
        s.occurredOn = it->date;
        s.kind = InterviewSession::kindKey(it->kind);
        s.format = it->format;
        s.company = it->company;
        s.role = it->role;
        s.selfScore = it->selfScore;
        if (it->interviewerScore > 0)
            s.interviewerScore = it->interviewerScore;
        data.interviews.append(s);
    }
    const auto scores = InterviewSessionRepository(m_db).scores(error);
    if (!scores)
        return false;
    const std::optional<double> target = SettingsRepository(m_db).doubleValue(
        QString::fromLatin1(InterviewReadiness::TargetScoreKey),
        InterviewReadiness::DefaultTargetScore, error);
    if (!target)
        return false;
    data.interviewTarget = *target > 0 ? *target : InterviewReadiness::DefaultTargetScore;
    data.interviewReadiness = InterviewReadiness::perFormat(*scores, data.interviewTarget);
    return true;
}

bool ReportRepository::loadWork(ReportData &data, QString *error) const
{
    const auto entries = WorkHistoryRepository(m_db).all(error);
    if (!entries)
        return false;
    for (const WorkEntry &e : *entries) {
        QStringList highlights;
        for (const QString &h : e.highlights)
            highlights << linesOf(h);
        data.work.append({e.employer, e.position, e.location, e.url, e.startedOn, e.endedOn,
                          e.summary, highlights});
    }
    return true;
}

bool ReportRepository::loadEducation(ReportData &data, QString *error) const
{
    const auto entries = EducationRepository(m_db).all(error);
    if (!entries)
        return false;
    for (const EducationEntry &e : *entries) {
        QStringList courses;
        for (const QString &c : e.courses)
            courses << linesOf(c);
        data.education.append(
            {e.institution, e.area, e.studyType, e.url, e.startedOn, e.endedOn, e.score, courses});
    }
    return true;
}

bool ReportRepository::loadLanguages(ReportData &data, QString *error) const
{
    const auto entries = LanguageRepository(m_db).all(error);
    if (!entries)
        return false;
    for (const LanguageEntry &e : *entries)
        data.languages.append(LanguageRepository::displayText(e));
    return true;
}
