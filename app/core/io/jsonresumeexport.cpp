#include "jsonresumeexport.h"

#include "resumelevel.h"

#include "calc/impactline.h"
#include "db/certificationrepository.h"
#include "db/educationrepository.h"
#include "db/languagerepository.h"
#include "db/profilerepository.h"
#include "db/projectrepository.h"
#include "db/resumedetailsrepository.h"
#include "db/roadmaprepository.h"
#include "db/workhistoryrepository.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using Dated = ResumeDetailsRepository::Dated;

namespace {

template<typename T>
bool take(std::optional<T> value, T *out, QString *error, const QString &readError)
{
    if (!value) {
        if (error)
            *error = readError;
        return false;
    }
    *out = std::move(*value);
    return true;
}

QStringList split(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line;
    }
    return out;
}

} // namespace

std::optional<JsonResume> JsonResumeExport::read(QSqlDatabase db, QString *error)
{
    QString e;
    JsonResume r;
    ResumeDetailsRepository details(db);
    ProfileRepository profiles(db);
    QList<ProfileLink> links;
    PostalAddress address;
    QHash<qint64, ResumeDetailsRepository::Precision> workP, eduP, projectP, certP;
    QHash<qint64, ResumeDetailsRepository::Wording> wordings;
    QList<WorkEntry> work;
    QList<EducationEntry> education;
    if (!take(profiles.load(&e), &r.basics.profile, error, e)
        || !take(profiles.links(&e), &links, error, e)
        || !take(details.address(&e), &address, error, e)
        || !take(LanguageRepository(db).all(&e), &r.languages, error, e)
        || !take(details.precisions(Dated::Work, &e), &workP, error, e)
        || !take(details.precisions(Dated::Education, &e), &eduP, error, e)
        || !take(details.precisions(Dated::Project, &e), &projectP, error, e)
        || !take(details.precisions(Dated::Certification, &e), &certP, error, e)
        || !take(details.wordings(&e), &wordings, error, e)
        || !take(WorkHistoryRepository(db).all(&e), &work, error, e)
        || !take(EducationRepository(db).all(&e), &education, error, e)) {
        if (error && error->isEmpty())
            *error = e;
        return std::nullopt;
    }
    r.basics.profiles = links;
    r.basics.location = address;
    if (address.isEmpty())
        r.basics.location.city = r.basics.profile.location;

    for (const WorkEntry &w : std::as_const(work)) {
        const auto p = workP.value(w.id);
        r.work.append({w.employer, w.position, w.location, w.url,
                       PartialDate::of(w.startedOn, p.start), PartialDate::of(w.endedOn, p.end),
                       w.summary, w.highlights});
    }
    for (const EducationEntry &ed : std::as_const(education)) {
        const auto p = eduP.value(ed.id);
        r.education.append({ed.institution, ed.url, ed.area, ed.studyType,
                            PartialDate::of(ed.startedOn, p.start),
                            PartialDate::of(ed.endedOn, p.end), ed.score, ed.courses});
    }

    const auto roadmap = RoadmapRepository(db).load(&e);
    if (!roadmap) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    QHash<qint64, QString> skillNames;
    for (const Skill &s : roadmap->skills) {
        skillNames.insert(s.id, s.name);
        const auto w = wordings.constFind(s.id);
        if (s.currentLevel == 0 && w == wordings.constEnd())
            continue;
        QString level = ResumeLevel::toText(s.currentLevel);
        if (w != wordings.constEnd() && !w->levelText.isEmpty()) {
            const int said = ResumeLevel::fromText(w->levelText);
            if (said < 0 || said == s.currentLevel)
                level = w->levelText; // the user's own words, while they still hold
        }
        r.skills.append({s.name, level, w != wordings.constEnd() ? w->keywords : QStringList()});
    }

    QList<Project> projects;
    if (!take(ProjectRepository(db).all(&e), &projects, error, e))
        return std::nullopt;
    const QLocale english(QLocale::English);
    for (const Project &p : projects) {
        JsonResume::Project out;
        out.name = p.name;
        out.description = p.pitch;
        for (const ProjectMetric &m : p.metrics)
            out.highlights << ImpactLine::text(m, english);
        for (const QString &line : split(p.highlights)) {
            if (!out.highlights.contains(line))
                out.highlights << line;
        }
        for (qint64 id : p.skillIds) {
            if (skillNames.contains(id))
                out.keywords << skillNames.value(id);
        }
        const auto precision = projectP.value(p.id);
        out.startDate = PartialDate::of(p.startedOn, precision.start);
        out.endDate = PartialDate::of(p.finishedOn, precision.end);
        out.url = p.repositoryUrl.isEmpty() ? p.demoUrl : p.repositoryUrl;
        for (const QString &role : p.role.split(u',')) {
            if (!role.trimmed().isEmpty())
                out.roles << role.trimmed();
        }
        r.projects.append(out);
    }

    QList<Certification> certifications;
    if (!take(CertificationRepository(db).all(&e), &certifications, error, e))
        return std::nullopt;
    for (const Certification &c : certifications) {
        if (c.status != Certification::Status::Earned && c.status != Certification::Status::Expired)
            continue;
        r.certificates.append(
            {c.name, PartialDate::of(c.earnedOn, certP.value(c.id).end), c.url, c.issuer});
    }
    return r;
}

bool JsonResumeExport::exportTo(QSqlDatabase db, const QString &path, QString *error)
{
    const auto resume = read(db, error);
    if (!resume)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(resume->serialize()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}
