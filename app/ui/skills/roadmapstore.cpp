#include "roadmapstore.h"

#include "db/database.h"
#include "db/evidencerepository.h"
#include "db/roadmaprepository.h"
#include "db/settingsrepository.h"
#include "db/skillaliasrepository.h"
#include "db/skillrepository.h"
#include "db/studysessionrepository.h"

using namespace Qt::StringLiterals;

RoadmapStore::RoadmapStore(const WorkbenchContext &context, QObject *parent)
    : AreaStore(context, parent)
    , m_context(context)
{ }

bool RoadmapStore::reload()
{
    QString error;
    auto r = RoadmapRepository(m_context.database->connection()).load(&error);
    emit aboutToReset();
    if (r) {
        m_roadmap = std::move(*r);
        m_lastError.clear();
    } else {
        m_roadmap = Roadmap();
        m_lastError = error;
    }
    rebuildIndex();
    emit reset();
    return r.has_value();
}

void RoadmapStore::rebuildIndex()
{
    m_indexOf.clear();
    for (int i = 0; i < m_roadmap.skills.size(); ++i)
        m_indexOf.insert(m_roadmap.skills[i].id, i);
}

const Skill *RoadmapStore::skill(qint64 id) const
{
    const int i = m_indexOf.value(id, -1);
    return i >= 0 ? &m_roadmap.skills[i] : nullptr;
}

const RoadmapGroup *RoadmapStore::group(RoadmapGroup::Kind kind, qint64 id) const
{
    for (const RoadmapGroup &g : m_roadmap.groups(kind))
        if (g.id == id)
            return &g;
    return nullptr;
}

std::optional<double> RoadmapStore::weeklyBudgetHours()
{
    QString error;
    const std::optional<double> hours
        = SettingsRepository(connection())
              .doubleValue(u"skills/weeklyBudgetHours"_s, DefaultWeeklyBudgetHours, &error);
    if (!hours)
        reportFailure(tr("The weekly study budget cannot be read: %1").arg(error));
    return hours;
}

std::optional<double> RoadmapStore::hoursPerLevel()
{
    QString error;
    const std::optional<double> hours
        = SettingsRepository(connection())
              .doubleValue(u"skills/hoursPerLevel"_s, DefaultHoursPerLevel, &error);
    if (!hours)
        reportFailure(tr("The hours per level cannot be read: %1").arg(error));
    return hours;
}

std::optional<SkillDeletion> RoadmapStore::snapshot(const QList<qint64> &skillIds)
{
    auto d = SkillRepository(m_context.database->connection()).snapshot(skillIds, &m_lastError);
    if (!d)
        reportFailure(tr("The skills cannot be read: %1").arg(m_lastError));
    return d;
}

std::optional<bool> RoadmapStore::wouldCycle(qint64 skillId, qint64 prerequisiteId)
{
    const std::optional<bool> cycle
        = SkillRepository(connection()).wouldCycle(skillId, prerequisiteId, &m_lastError);
    if (!cycle)
        reportFailure(tr("The prerequisites cannot be read: %1").arg(m_lastError));
    return cycle;
}

QList<EvidenceItem> RoadmapStore::evidence(qint64 skillId)
{
    const auto items = EvidenceRepository(connection()).candidates(skillId, &m_lastError);
    if (!items)
        reportFailure(tr("The skill's evidence cannot be read: %1").arg(m_lastError));
    return items.value_or(QList<EvidenceItem>());
}

QList<StudySession> RoadmapStore::studySessions(qint64 skillId)
{
    const auto sessions = StudySessionRepository(connection()).forSkill(skillId, &m_lastError);
    if (!sessions)
        reportFailure(tr("The skill's study log cannot be read: %1").arg(m_lastError));
    return sessions.value_or(QList<StudySession>());
}

std::optional<StudySession> RoadmapStore::studySession(qint64 id)
{
    return StudySessionRepository(m_context.database->connection()).find(id, &m_lastError);
}

std::optional<QList<int>> RoadmapStore::weeklyMinutes(const QDate &firstWeekStart, int weeks)
{
    const auto minutes
        = StudySessionRepository(connection()).weeklyMinutes(firstWeekStart, weeks, &m_lastError);
    if (!minutes)
        reportFailure(tr("The study log cannot be read: %1").arg(m_lastError));
    return minutes;
}

QList<qint64> RoadmapStore::stageOrder(qint64 stageId) const
{
    QList<qint64> ids;
    for (const Skill &s : m_roadmap.skills)
        if (s.stageId == stageId)
            ids << s.id;
    return ids;
}

QList<QPair<qint64, int>> RoadmapStore::stagePositions(qint64 stageId) const
{
    QList<QPair<qint64, int>> positions;
    for (const Skill &s : m_roadmap.skills)
        if (s.stageId == stageId)
            positions << qMakePair(s.id, s.position);
    return positions;
}

QStringList RoadmapStore::aliases(qint64 skillId)
{
    QString error;
    const auto list
        = SkillAliasRepository(m_context.database->connection()).aliases(skillId, &error);
    if (!list)
        reportFailure(tr("The skill's other names cannot be read: %1").arg(error));
    return list.value_or(QStringList());
}

QHash<qint64, QStringList> RoadmapStore::allAliases()
{
    QString error;
    const auto all = SkillAliasRepository(m_context.database->connection()).all(&error);
    if (!all)
        reportFailure(tr("The skills' other names cannot be read: %1").arg(error));
    return all.value_or(QHash<qint64, QStringList>());
}
