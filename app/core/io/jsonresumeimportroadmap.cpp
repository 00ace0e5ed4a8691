// JsonResumeImport, second part: the sections that touch the roadmap (skills, and the skills
// projects and certificates name).
#include "jsonresumeimport.h"
#include "jsonresumematch.h"

#include "resumelevel.h"

#include "db/certificationrepository.h"
#include "db/projectrepository.h"
#include "db/resumedetailsrepository.h"
#include "db/roadmaprepository.h"
#include "db/skillrepository.h"
#include "domain/certificationvalidator.h"
#include "domain/projectvalidator.h"

#include "calc/impactline.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using Dated = ResumeDetailsRepository::Dated;
using JsonResumeMatch::key;

qint64 JsonResumeImport::skillId(const QString &name, int level, bool *added)
{
    *added = false;
    if (m_skillIds.isEmpty()) {
        QString error;
        const auto roadmap = RoadmapRepository(m_db).load(&error);
        if (!roadmap) {
            failWrite(error);
            return -1;
        }
        for (const Skill &s : roadmap->skills)
            m_skillIds.insert(key(s.name), s.id);
        const QString stageName = tr("From your resume");
        for (const RoadmapGroup &g : roadmap->stages)
            if (g.name == stageName)
                m_stageId = g.id;
        for (const RoadmapGroup &g : roadmap->categories)
            if (g.name == stageName)
                m_categoryId = g.id;
        m_skillIds.insert(QString(), -2); // loaded
    }
    const auto it = m_skillIds.constFind(key(name));
    if (it != m_skillIds.constEnd())
        return it.value();
    *added = true;
    record(u"skills"_s, name.trimmed(), Change::Add);
    if (!m_write) {
        m_skillIds.insert(key(name), 0);
        return 0;
    }
    RoadmapRepository roadmap(m_db);
    QString error;
    const QString groupName = tr("From your resume");
    if (m_stageId == 0)
        m_stageId
            = roadmap.insertGroup({RoadmapGroup::Kind::Stage, 0, groupName, {}, 1000}, &error);
    if (m_categoryId == 0 && m_stageId > 0)
        m_categoryId
            = roadmap.insertGroup({RoadmapGroup::Kind::Category, 0, groupName, {}, 1000}, &error);
    Skill skill;
    skill.stageId = m_stageId;
    skill.categoryId = m_categoryId;
    skill.name = name.trimmed();
    skill.currentLevel = level;
    skill.targetLevel = level;
    skill.status
        = level >= Skill::ClaimLevel ? Skill::Status::Proficient : Skill::Status::NotStarted;
    skill.position = -1;
    const qint64 id = m_categoryId > 0 ? SkillRepository(m_db).insert(skill, &error) : 0;
    if (id <= 0) {
        failWrite(error);
        return -1;
    }
    m_skillIds.insert(key(name), id);
    return id;
}

bool JsonResumeImport::skills(const JsonResume &resume)
{
    ResumeDetailsRepository details(m_db);
    QString error;
    const auto roadmap = RoadmapRepository(m_db).load(&error);
    const auto wordings = details.wordings(&error);
    if (!roadmap || !wordings)
        return failWrite(error);
    QHash<qint64, const Skill *> byId;
    for (const Skill &s : roadmap->skills)
        byId.insert(s.id, &s);
    bool ok = true;
    QSet<qint64> seen;
    for (qsizetype n = 0; n < resume.skills.size(); ++n) {
        const JsonResume::Skill &in = resume.skills.at(n);
        if (in.name.trimmed().isEmpty()) {
            ok = fail(u"skills[%1].name"_s.arg(n), tr("the skill's name is missing"));
            continue;
        }
        const int said = ResumeLevel::fromText(in.level);
        if (said < 0 && !in.level.trimmed().isEmpty())
            m_summary.notes << tr("skills[%1].level: \"%2\" is not a level the workbench knows; "
                                  "the level is kept as it is and the words are kept for the "
                                  "resume.")
                                   .arg(n)
                                   .arg(in.level);
        bool added = false;
        const qint64 id = skillId(in.name, said < 0 ? Skill::ClaimLevel : said, &added);
        if (id < 0)
            return false;
        if (seen.contains(id) && id != 0)
            continue; // the same skill twice: the first wins
        seen.insert(id);
        ResumeDetailsRepository::Wording wording {in.level, in.keywords};
        // The word the export writes for the level itself is not the user's own: kept as the
        // level, so a workbench's own export imports as unchanged.
        if (said >= 0 && in.level == ResumeLevel::toText(said))
            wording.levelText.clear();
        const Skill *existing = added ? nullptr : byId.value(id);
        const bool levelChanges = existing && said >= 0 && existing->currentLevel != said;
        const bool same = existing && !levelChanges && wordings->value(id) == wording;
        if (!added)
            record(u"skills"_s, in.name, same ? Change::Same : Change::Update);
        if (!m_write || same)
            continue;
        if (levelChanges
            && !SkillRepository(m_db).setField(id, Skill::Field::CurrentLevel, said, &error))
            return failWrite(error);
        if (const WriteResult r = details.setWording(id, wording); !r)
            return failWrite(r.error());
    }
    return ok;
}

bool JsonResumeImport::projects(const JsonResume &resume)
{
    ProjectRepository repository(m_db);
    ResumeDetailsRepository details(m_db);
    QString error;
    const std::optional<QList<Project>> stored = repository.all(&error);
    const auto precisions = details.precisions(Dated::Project, &error);
    if (!stored || !precisions)
        return failWrite(error);
    const QList<Project> &existing = *stored;
    QList<bool> taken(existing.size(), false);
    const QLocale english(QLocale::English);
    bool ok = true;
    for (qsizetype n = 0; n < resume.projects.size(); ++n) {
        const JsonResume::Project &in = resume.projects.at(n);
        const QString path = u"projects[%1]"_s.arg(n);
        const qsizetype i = JsonResumeMatch::pickByName(existing, taken, in.name);
        Project p = i >= 0 ? existing.at(i) : Project {};
        const Project old = p;
        p.name = in.name.trimmed();
        p.pitch = in.description;
        // Impact lines the export wrote from the project's metrics are not highlights.
        QStringList metricLines;
        for (const ProjectMetric &m : std::as_const(p.metrics))
            metricLines << ImpactLine::text(m, english);
        QStringList highlights;
        for (const QString &h : in.highlights)
            if (!metricLines.contains(h))
                highlights << h;
        p.highlights = highlights.join(u'\n');
        p.startedOn = in.startDate.date;
        p.finishedOn = in.endDate.date;
        p.role = in.roles.join(u", "_s);
        QString url = in.url.trimmed();
        if (!url.isEmpty() && !ProjectValidator::isOpenableUrl(url)
            && ProjectValidator::isOpenableUrl(u"https://"_s + url)) {
            m_summary.notes << tr("%1.url: \"%2\" is kept as https://%2").arg(path, url);
            url = u"https://"_s + url;
        }
        if (url != p.repositoryUrl && url != p.demoUrl)
            p.repositoryUrl = url;
        if (i < 0)
            p.status = p.finishedOn.isValid() ? Project::Status::Done : Project::Status::InProgress;
        const auto problems = ProjectValidator::problems(p);
        for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
            const QString field = it.key() == "pitch"_L1                     ? u"description"_s
                : it.key() == "startedOn"_L1                                 ? u"startDate"_s
                : it.key() == "finishedOn"_L1                                ? u"endDate"_s
                : it.key() == "repositoryUrl"_L1 || it.key() == "demoUrl"_L1 ? u"url"_s
                                                                             : it.key();
            ok = fail(path + u'.' + field, it.value());
        }
        if (!problems.isEmpty())
            continue;
        QList<qint64> skillIds;
        bool newSkills = false;
        for (const QString &keyword : in.keywords) {
            bool added = false;
            const qint64 id = skillId(keyword, 0, &added);
            if (id < 0)
                return false;
            newSkills = newSkills || added;
            if (id > 0 && !skillIds.contains(id))
                skillIds << id;
        }
        std::sort(skillIds.begin(), skillIds.end());
        p.skillIds = skillIds;
        const ResumeDetailsRepository::Precision precision {in.startDate.precision,
                                                            in.endDate.precision};
        const auto before
            = i >= 0 ? precisions->value(p.id) : ResumeDetailsRepository::Precision {};
        const bool same = i >= 0 && !newSkills && p.name == old.name && p.pitch == old.pitch
            && p.highlights == old.highlights && p.startedOn == old.startedOn
            && p.finishedOn == old.finishedOn && p.role == old.role
            && p.repositoryUrl == old.repositoryUrl && p.skillIds == old.skillIds
            && before.start == precision.start && before.end == precision.end;
        record(u"projects"_s, p.name, i < 0 ? Change::Add : same ? Change::Same : Change::Update);
        if (!m_write || same || !ok)
            continue;
        qint64 id = p.id;
        if (i < 0) {
            p.position = int(existing.size() + n);
            id = repository.insert(p, &error);
            if (id <= 0)
                return failWrite(error);
        } else if (!repository.update(p, &error)) {
            return failWrite(error);
        }
        if (const WriteResult r = details.setPrecision(Dated::Project, id, precision); !r)
            return failWrite(r.error());
    }
    m_summary.kept += int(std::count(taken.cbegin(), taken.cend(), false));
    return ok;
}

bool JsonResumeImport::certificates(const JsonResume &resume)
{
    CertificationRepository repository(m_db);
    ResumeDetailsRepository details(m_db);
    QString error;
    const std::optional<QList<Certification>> stored = repository.all(&error);
    const auto precisions = details.precisions(Dated::Certification, &error);
    if (!stored || !precisions)
        return failWrite(error);
    const QList<Certification> &existing = *stored;
    QList<bool> taken(existing.size(), false);
    bool ok = true;
    for (qsizetype n = 0; n < resume.certificates.size(); ++n) {
        const JsonResume::Certificate &in = resume.certificates.at(n);
        const QString path = u"certificates[%1]"_s.arg(n);
        const qsizetype i = JsonResumeMatch::pickByName(existing, taken, in.name);
        Certification c = i >= 0 ? existing.at(i) : Certification {};
        const Certification old = c;
        c.name = in.name.trimmed();
        c.issuer = in.issuer;
        c.url = in.url;
        c.earnedOn = in.date.date;
        // On a resume it is held: earned (or expired, which the workbench keeps).
        if (c.status != Certification::Status::Expired)
            c.status = Certification::Status::Earned;
        const Problems problems = CertificationValidator::validate(c);
        for (const FieldProblem &p : problems.list())
            ok = fail(path + u'.' + (p.field == "earnedOn"_L1 ? u"date"_s : p.field), p.message);
        if (!problems.ok())
            continue;
        const int precision = in.date.precision;
        const bool same = i >= 0 && c.name == old.name && c.issuer == old.issuer && c.url == old.url
            && c.earnedOn == old.earnedOn && c.status == old.status
            && precisions->value(c.id).end == precision;
        record(u"certificates"_s, c.name,
               i < 0      ? Change::Add
                   : same ? Change::Same
                          : Change::Update);
        if (!m_write || same || !ok)
            continue;
        if (i < 0)
            c.position = int(existing.size() + n);
        const WriteResult written = i < 0 ? repository.insert(c) : repository.update(c);
        if (!written)
            return failWrite(written.error());
        const qint64 id = i < 0 ? written.id() : c.id;
        const WriteResult r
            = details.setPrecision(Dated::Certification, id, {precision, precision});
        if (!r)
            return failWrite(r.error());
    }
    m_summary.kept += int(std::count(taken.cbegin(), taken.cend(), false));
    return ok;
}
