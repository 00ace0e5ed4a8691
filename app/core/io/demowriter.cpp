#include "demowriter.h"
#include "demovalues.h"

#include "task/taskcontrol.h"

#include <functional>

#include "db/educationrepository.h"
#include "db/languagerepository.h"
#include "db/profilerepository.h"
#include "db/settingsrepository.h"
#include "db/skillrepository.h"
#include "db/workhistoryrepository.h"
#include "domain/roadmaptemplate.h"

#include "domain/skilltext.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

using namespace DemoValues;

DemoWriter::DemoWriter(QSqlDatabase db, const RoadmapTemplate &roadmap,
                       QHash<QString, qint64> skillIdsByKey, const QDate &today)
    : m_db(std::move(db))
    , m_skillIds(std::move(skillIdsByKey))
    , m_today(today)
    , m_study(m_db)
{
    for (const auto &s : roadmap.skills) {
        m_skillStage.insert(s.key, s.stage);
        m_skillCategory.insert(s.key, s.category);
    }
}

bool DemoWriter::write(const QJsonObject &persona, const QString &source, QString *error)
{
    m_source = source;
    m_error.clear();
    m_budgets.clear();
    m_budgetIndex.clear();
    m_dayLoad.clear();
    bool ok = m_today.isValid() || fail(u"(today)"_s, QObject::tr("is not a valid date"));
    for (const char *list : {"skills", "work", "education", "projects", "certifications",
                             "interview_topics", "interview_companies"}) {
        if (ok && !persona.value(QLatin1StringView(list)).isArray())
            ok = fail(QString::fromLatin1(list), QObject::tr("is missing or not a list"));
    }
    if (ok && !persona.value("profile"_L1).isObject())
        ok = fail(u"profile"_s, QObject::tr("is missing or not an object"));
    const QList<std::function<bool()>> steps = {
        [&] { return writeProfile(persona.value("profile"_L1).toObject()); },
        [&] { return writeSkills(persona.value("skills"_L1).toArray()); },
        [&] {
            return writeResume(persona.value("work"_L1).toArray(),
                               persona.value("education"_L1).toArray(),
                               persona.value("languages"_L1).toArray());
        },
        [&] { return writeProjects(persona.value("projects"_L1).toArray()); },
        [&] { return writeCertifications(persona.value("certifications"_L1).toArray()); },
        [&] { return writeSkillStudy(); },
        [&] { return writeLevelHistory(persona.value("skills"_L1).toArray()); },
        [&] { return writeInterviews(persona); },
        [&] { return writeApplications(); },
        [&] { return writePostings(persona.value("job_postings"_L1).toArray()); },
        [&] { return writeSettings(persona.value("settings"_L1).toObject()); },
    };
    for (int i = 0; ok && i < steps.size(); ++i) {
        if (m_control) {
            if (m_control->isCanceled()) {
                ok = fail(QObject::tr("(cancelled)"), QObject::tr("stopped by the user"));
                break;
            }
            m_control->setProgress(i, int(steps.size()));
        }
        ok = steps[i]();
    }
    if (ok && m_control)
        m_control->setProgress(int(steps.size()), int(steps.size()));
    if (!ok && error)
        *error = m_error;
    return ok;
}

// Workbench settings that fit the persona (a weekly study budget that matches the log).
bool DemoWriter::writeSettings(const QJsonObject &settings)
{
    SettingsRepository repo(m_db);
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!it.value().isString())
            return fail(u"settings."_s + it.key(), QObject::tr("must be text"));
        QString error;
        if (!repo.setValue(it.key(), it.value().toString(), &error))
            return fail(u"settings."_s + it.key(), error);
    }
    return true;
}

bool DemoWriter::fail(const QString &where, const QString &what)
{
    m_error = QObject::tr("%1, %2: %3").arg(m_source, where, what);
    return false;
}

bool DemoWriter::skillId(const QString &key, const QString &where, qint64 *id)
{
    const auto it = m_skillIds.constFind(key);
    if (it == m_skillIds.constEnd())
        return fail(where, QObject::tr("no skill of the roadmap has the key \"%1\"").arg(key));
    *id = it.value();
    return true;
}

bool DemoWriter::skillIds(const QJsonArray &keys, const QString &where, QList<qint64> *ids)
{
    ids->clear();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        qint64 id = 0;
        if (!skillId(keys.at(i).toString(), u"%1[%2]"_s.arg(where).arg(i), &id))
            return false;
        if (!ids->contains(id))
            ids->append(id);
    }
    return true;
}

QDate DemoWriter::daysAgo(const QJsonObject &o, QLatin1StringView field) const
{
    const QJsonValue v = o.value(field);
    return v.isDouble() ? m_today.addDays(-qint64(v.toDouble())) : QDate();
}

QDate DemoWriter::inDays(const QJsonObject &o, QLatin1StringView field) const
{
    const QJsonValue v = o.value(field);
    return v.isDouble() ? m_today.addDays(qint64(v.toDouble())) : QDate();
}

bool DemoWriter::writeProfile(const QJsonObject &p)
{
    Profile profile;
    readTexts(p, profile,
              {{&Profile::name, "name"_L1},
               {&Profile::headline, "headline"_L1},
               {&Profile::email, "email"_L1},
               {&Profile::phone, "phone"_L1},
               {&Profile::website, "website"_L1},
               {&Profile::location, "location"_L1},
               {&Profile::summary, "summary"_L1},
               {&Profile::targetRole, "target_role"_L1}});
    profile.currentSalary = p.value("current_salary"_L1).toDouble();
    profile.currency = p.value("currency"_L1).toString(u"USD"_s);
    ProfileRepository profiles(m_db);
    QString error;
    if (!profiles.save(profile, &error))
        return fail(u"profile"_s, error);
    // The demo's rows depend on TODAY only, never on the clock.
    if (const WriteResult r = profiles.setUpdatedAt(QDateTime(m_today, QTime(8, 0))); !r.ok())
        return fail(u"profile"_s, r.error());

    QList<ProfileLink> links;
    const QJsonArray array = p.value("links"_L1).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject l = array.at(i).toObject();
        links.append({0, text(l, "network"_L1), text(l, "username"_L1), text(l, "url"_L1), int(i)});
        if (links.last().network.isEmpty())
            return fail(u"profile."_s + entry("links"_L1, i), QObject::tr("has no network"));
    }
    if (const WriteResult r = profiles.setLinks(links); !r.ok())
        return fail(u"profile.links"_s, r.error());
    return true;
}

bool DemoWriter::writeSkills(const QJsonArray &skills)
{
    SkillRepository repo(m_db);
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QJsonObject s = skills.at(i).toObject();
        const QString key = text(s, "key"_L1);
        const QString where = entry("skills"_L1, i, key);
        qint64 id = 0;
        if (!skillId(key, where + u".key"_s, &id))
            return false;
        if (m_budgetIndex.contains(key))
            return fail(where + u".key"_s, QObject::tr("\"%1\" is listed twice").arg(key));
        const double hours = s.value("study_hours"_L1).toDouble(0);
        if (hours < 0 || hours > 5000)
            return fail(where + u".study_hours"_s, QObject::tr("must be from 0 to 5000"));
        const QString statusKey = s.value("status"_L1).toString(u"not_started"_s);
        const Skill::Status status = SkillText::statusFromKey(statusKey);
        if (SkillText::statusKey(status) != statusKey)
            return fail(where + u".status"_s,
                        QObject::tr("\"%1\" is not a skill status").arg(statusKey));
        QString error;
        if (!repo.setField(id, Skill::Field::CurrentLevel, s.value("current"_L1).toInt(0), &error)
            || !repo.setField(id, Skill::Field::Status, int(status), &error)
            || !repo.setField(id, Skill::Field::Notes, text(s, "notes"_L1), &error))
            return fail(where, error);
        m_budgetIndex.insert(key, int(m_budgets.size()));
        m_budgets.append({key, id, text(s, "status"_L1) == "learning"_L1, qRound(hours * 60)});
    }
    return true;
}

template<typename Entry, typename Fill, typename Insert>
bool DemoWriter::writeEntries(const QJsonArray &list, QLatin1StringView name, Fill fill,
                              Insert insert)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Entry e;
        e.url = text(o, "url"_L1);
        e.startedOn = daysAgo(o, "started_days_ago"_L1);
        e.endedOn = daysAgo(o, "ended_days_ago"_L1);
        e.sortOrder = int(i);
        const QString label = fill(o, e);
        if (const WriteResult r = insert(e); !r.ok())
            return fail(entry(name, i, label), r.error());
    }
    return true;
}

bool DemoWriter::writeResume(const QJsonArray &work, const QJsonArray &education,
                             const QJsonArray &languages)
{
    // Through the repositories, as any importer, in the caller's transaction. A failing row is
    // named by its list index.
    const auto lines = [](const QJsonObject &o, QLatin1StringView field) {
        QStringList out;
        for (const QJsonValue &v : o.value(field).toArray())
            out << v.toString();
        return out;
    };
    WorkHistoryRepository jobs(m_db);
    const bool jobsWritten = writeEntries<WorkEntry>(
        work, "work"_L1,
        [&](const QJsonObject &o, WorkEntry &e) {
            readTexts(o, e,
                      {{&WorkEntry::employer, "employer"_L1},
                       {&WorkEntry::position, "position"_L1},
                       {&WorkEntry::location, "location"_L1},
                       {&WorkEntry::summary, "summary"_L1}});
            e.highlights = lines(o, "highlights"_L1);
            return e.employer;
        },
        [&](const WorkEntry &e) { return jobs.insert(e); });
    if (!jobsWritten)
        return false;
    EducationRepository schools(m_db);
    const bool schoolsWritten = writeEntries<EducationEntry>(
        education, "education"_L1,
        [&](const QJsonObject &o, EducationEntry &e) {
            readTexts(o, e,
                      {{&EducationEntry::institution, "institution"_L1},
                       {&EducationEntry::area, "area"_L1},
                       {&EducationEntry::studyType, "study_type"_L1},
                       {&EducationEntry::score, "score"_L1}});
            e.courses = lines(o, "courses"_L1);
            return e.institution;
        },
        [&](const EducationEntry &e) { return schools.insert(e); });
    if (!schoolsWritten)
        return false;
    QList<LanguageEntry> spoken;
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QJsonObject o = languages.at(i).toObject();
        spoken << LanguageEntry {0, text(o, "language"_L1), text(o, "fluency"_L1), int(i)};
    }
    if (const WriteResult r = LanguageRepository(m_db).insertBatch(spoken); !r.ok())
        return fail(u"languages"_s, r.error());
    return true;
}
