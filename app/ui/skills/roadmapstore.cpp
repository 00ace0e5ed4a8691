#include "roadmapstore.h"

#include "common/changenotifier.h"
#include "db/database.h"
#include "db/evidencerepository.h"
#include "db/roadmaprepository.h"
#include "db/settingsrepository.h"
#include "db/skillaliasrepository.h"
#include "db/skillrepository.h"
#include "db/studysessionrepository.h"

#include <QSqlError>

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

double RoadmapStore::weeklyBudgetHours() const
{
    return SettingsRepository(m_context.database->connection())
        .doubleValue(u"skills/weeklyBudgetHours"_s, DefaultWeeklyBudgetHours);
}

double RoadmapStore::hoursPerLevel() const
{
    return SettingsRepository(m_context.database->connection())
        .doubleValue(u"skills/hoursPerLevel"_s, DefaultHoursPerLevel);
}

std::optional<SkillDeletion> RoadmapStore::snapshot(const QList<qint64> &skillIds)
{
    auto d = SkillRepository(m_context.database->connection()).snapshot(skillIds, &m_lastError);
    if (!d)
        reportFailure(tr("The skills cannot be read: %1").arg(m_lastError));
    return d;
}

bool RoadmapStore::wouldCycle(qint64 skillId, qint64 prerequisiteId)
{
    return SkillRepository(m_context.database->connection())
        .wouldCycle(skillId, prerequisiteId, &m_lastError);
}

QList<EvidenceItem> RoadmapStore::evidence(qint64 skillId)
{
    return EvidenceRepository(m_context.database->connection())
        .candidates(skillId, &m_lastError)
        .value_or(QList<EvidenceItem>());
}

QList<StudySession> RoadmapStore::studySessions(qint64 skillId)
{
    return StudySessionRepository(m_context.database->connection())
        .forSkill(skillId, &m_lastError)
        .value_or(QList<StudySession>());
}

std::optional<StudySession> RoadmapStore::studySession(qint64 id)
{
    return StudySessionRepository(m_context.database->connection()).find(id, &m_lastError);
}

QList<int> RoadmapStore::weeklyMinutes(const QDate &firstWeekStart, int weeks)
{
    return StudySessionRepository(m_context.database->connection())
        .weeklyMinutes(firstWeekStart, weeks, &m_lastError);
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

template<typename Work>
WriteResult RoadmapStore::write(Work &&work, int areas)
{
    WriteResult result
        = AreaStore::write(ChangeNotifier::Areas(areas), tr("The change was not saved"), [&] {
              QString error;
              const bool ok = work(&error);
              return WriteResult::check(ok, error);
          });
    if (!result.ok())
        m_lastError = AreaStore::lastError();
    return result;
}

WriteResult RoadmapStore::gone()
{
    // The item was removed by another window or an import since the command was made.
    m_lastError = tr("The item no longer exists.");
    reportFailure(m_lastError);
    return WriteResult::failure(m_lastError);
}

bool RoadmapStore::refreshSkill(qint64 id)
{
    const int i = m_indexOf.value(id, -1);
    if (i < 0)
        return false;
    auto s = RoadmapRepository(m_context.database->connection()).loadSkill(id, &m_lastError);
    if (!s)
        return false;
    m_roadmap.skills[i] = *s;
    emit skillChanged(id);
    return true;
}

WriteResult RoadmapStore::applySkillField(qint64 id, Skill::Field field, const QVariant &value)
{
    const int i = m_indexOf.value(id, -1);
    if (i < 0)
        return gone();
    if (const WriteResult r = write(
            [&](QString *e) {
                return SkillRepository(m_context.database->connection())
                    .setField(id, field, value, e);
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    Skill &s = m_roadmap.skills[i];
    switch (field) {
    case Skill::Field::Name:
        s.name = value.toString();
        break;
    case Skill::Field::Description:
        s.description = value.toString();
        break;
    case Skill::Field::Notes:
        s.notes = value.toString();
        break;
    case Skill::Field::CurrentLevel:
        s.currentLevel = value.toInt();
        break;
    case Skill::Field::TargetLevel:
        s.targetLevel = value.toInt();
        break;
    case Skill::Field::Priority:
        s.priority = value.toInt();
        break;
    case Skill::Field::Status:
        s.status = Skill::Status(value.toInt());
        break;
    }
    emit skillChanged(id);
    return WriteResult::success();
}

WriteResult RoadmapStore::applyInsertSkill(const Skill &skill)
{
    qint64 id = 0;
    if (const WriteResult r = write(
            [&](QString *e) {
                id = SkillRepository(m_context.database->connection()).insert(skill, e);
                return id > 0;
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    reload();
    return WriteResult::success(id);
}

WriteResult RoadmapStore::applyRemoveSkills(const QList<qint64> &ids)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return SkillRepository(m_context.database->connection()).remove(ids, e);
            },
            ChangeNotifier::Skills | ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyRestoreSkills(const SkillDeletion &deletion)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return SkillRepository(m_context.database->connection()).restore(deletion, e);
            },
            ChangeNotifier::Skills | ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyMoveSkill(qint64 id, qint64 stageId, qint64 categoryId,
                                         const QList<QPair<qint64, int>> &positions)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                SkillRepository repo(m_context.database->connection());
                return repo.setPlacement(id, stageId, categoryId, e)
                    && (positions.isEmpty() || repo.setPositions(positions, e));
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
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

WriteResult RoadmapStore::applyAliases(qint64 id, const QStringList &aliases)
{
    const WriteResult result
        = AreaStore::write(ChangeNotifier::Skills, tr("The other names were not saved"), [&] {
              return SkillAliasRepository(m_context.database->connection()).setAliases(id, aliases);
          });
    if (!result.ok())
        return result;
    emit skillChanged(id);
    return WriteResult::success();
}

WriteResult RoadmapStore::applyPrerequisites(qint64 id, const QList<qint64> &prerequisites)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return SkillRepository(m_context.database->connection())
                    .setPrerequisites(id, prerequisites, e);
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    if (const int i = m_indexOf.value(id, -1); i >= 0) {
        m_roadmap.skills[i].prerequisites = prerequisites;
        emit skillChanged(id);
        emit detailsChanged(id);
    }
    return WriteResult::success();
}

WriteResult RoadmapStore::applyInsertGroup(const RoadmapGroup &group)
{
    qint64 id = 0;
    if (const WriteResult r = write(
            [&](QString *e) {
                id = RoadmapRepository(m_context.database->connection()).insertGroup(group, e);
                return id > 0;
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    reload();
    return WriteResult::success(id);
}

WriteResult RoadmapStore::applyRenameGroup(RoadmapGroup::Kind kind, qint64 id, const QString &name)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return RoadmapRepository(m_context.database->connection())
                    .renameGroup(kind, id, name, e);
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    // In place, not a reload: the tree keeps its selection and open editors stay valid.
    QList<RoadmapGroup> &groups
        = kind == RoadmapGroup::Kind::Stage ? m_roadmap.stages : m_roadmap.categories;
    for (RoadmapGroup &g : groups)
        if (g.id == id)
            g.name = name;
    emit groupChanged(kind, id);
    return WriteResult::success();
}

WriteResult RoadmapStore::applyRemoveGroup(RoadmapGroup::Kind kind, qint64 id,
                                           const QList<qint64> &skillIds)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return SkillRepository(m_context.database->connection()).remove(skillIds, e)
                    && RoadmapRepository(m_context.database->connection()).removeGroup(kind, id, e);
            },
            ChangeNotifier::Skills | ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyRestoreGroup(const RoadmapGroup &group, const SkillDeletion &skills)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return RoadmapRepository(m_context.database->connection()).insertGroup(group, e) > 0
                    && SkillRepository(m_context.database->connection()).restore(skills, e);
            },
            ChangeNotifier::Skills | ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyAdditions(const RoadmapAdditions::Plan &plan,
                                         QList<qint64> *skillIds, QList<RoadmapGroup> *groups)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return RoadmapAdditions(m_context.database->connection())
                    .apply(plan, e, skillIds, groups);
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    reload();
    for (RoadmapGroup &g : *groups) { // the positions the insert chose, for a later restore
        if (const RoadmapGroup *now = group(g.kind, g.id))
            g.position = now->position;
    }
    return WriteResult::success();
}

WriteResult RoadmapStore::applyRemoveAdditions(const QList<qint64> &skillIds,
                                               const QList<RoadmapGroup> &groups)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                if (!SkillRepository(m_context.database->connection()).remove(skillIds, e))
                    return false;
                RoadmapRepository repo(m_context.database->connection());
                for (const RoadmapGroup &g : groups)
                    if (!repo.removeGroup(g.kind, g.id, e))
                        return false;
                return true;
            },
            ChangeNotifier::Skills | ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyRestoreAdditions(const QList<RoadmapGroup> &groups,
                                                const SkillDeletion &skills)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                RoadmapRepository repo(m_context.database->connection());
                for (const RoadmapGroup &g : groups)
                    if (repo.insertGroup(g, e) <= 0)
                        return false;
                return SkillRepository(m_context.database->connection()).restore(skills, e);
            },
            ChangeNotifier::Skills | ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyGroupOrder(RoadmapGroup::Kind kind, const QList<qint64> &ids)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return RoadmapRepository(m_context.database->connection())
                    .setGroupOrder(kind, ids, e);
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    reload();
    return WriteResult::success();
}

WriteResult RoadmapStore::applyEvidence(EvidenceItem::Kind kind, qint64 itemId, qint64 skillId,
                                        bool linked)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return EvidenceRepository(m_context.database->connection())
                    .setLinked(kind, itemId, skillId, linked, e);
            },
            ChangeNotifier::Skills);
        !r.ok())
        return r;
    refreshSkill(skillId);
    emit detailsChanged(skillId);
    return WriteResult::success();
}

WriteResult RoadmapStore::applyTopicSkill(qint64 topicId, qint64 skillId)
{
    // The topic may leave another skill: refresh both.
    qint64 previous = 0;
    for (const EvidenceItem &item : evidence(skillId))
        if (item.kind == EvidenceItem::Kind::InterviewTopic && item.id == topicId)
            previous = item.linked ? skillId : item.otherSkillId;
    if (const WriteResult r = write(
            [&](QString *e) {
                return EvidenceRepository(m_context.database->connection())
                    .setTopicSkill(topicId, skillId, e);
            },
            ChangeNotifier::Skills | ChangeNotifier::Interviews);
        !r.ok())
        return r;
    for (qint64 id : {previous, skillId}) {
        if (id > 0) {
            refreshSkill(id);
            emit detailsChanged(id);
        }
    }
    return WriteResult::success();
}

WriteResult RoadmapStore::applyInsertStudySession(const StudySession &session)
{
    qint64 id = 0;
    if (const WriteResult r = write(
            [&](QString *e) {
                id = StudySessionRepository(m_context.database->connection()).insert(session, e);
                return id > 0;
            },
            ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    refreshSkill(session.skillId);
    emit detailsChanged(session.skillId);
    emit studyLogChanged();
    return WriteResult::success(id);
}

WriteResult RoadmapStore::applyRemoveStudySession(qint64 id)
{
    const auto session = studySession(id);
    if (!session)
        return gone();
    if (const WriteResult r = write(
            [&](QString *e) {
                return StudySessionRepository(m_context.database->connection()).remove(id, e);
            },
            ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    refreshSkill(session->skillId);
    emit detailsChanged(session->skillId);
    emit studyLogChanged();
    return WriteResult::success();
}
