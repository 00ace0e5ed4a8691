#include "roadmapstore.h"

#include "common/changenotifier.h"
#include "db/database.h"
#include "db/evidencerepository.h"
#include "db/roadmaprepository.h"
#include "db/skillaliasrepository.h"
#include "db/skillrepository.h"
#include "db/studysessionrepository.h"

// RoadmapStore's writes: the apply...() methods the undo commands call, each one transaction.
// The reads are in roadmapstore.cpp.

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

template<typename Work>
WriteResult RoadmapStore::writeAndReload(Work &&work, int areas, const qint64 *id)
{
    if (const WriteResult r = write(std::forward<Work>(work), areas); !r.ok())
        return r;
    reload();
    return WriteResult::success(id ? *id : 0);
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
    auto s = RoadmapRepository(connection()).loadSkill(id, &m_lastError);
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
            [&](QString *e) { return SkillRepository(connection()).setField(id, field, value, e); },
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
    return writeAndReload(
        [&](QString *e) {
            id = SkillRepository(connection()).insert(skill, e);
            return id > 0;
        },
        ChangeNotifier::Skills, &id);
}

WriteResult RoadmapStore::applyRemoveSkills(const QList<qint64> &ids)
{
    return writeAndReload([&](QString *e) { return SkillRepository(connection()).remove(ids, e); },
                          ChangeNotifier::Skills | ChangeNotifier::StudyLog);
}

WriteResult RoadmapStore::applyRestoreSkills(const SkillDeletion &deletion)
{
    return writeAndReload(
        [&](QString *e) { return SkillRepository(connection()).restore(deletion, e); },
        ChangeNotifier::Skills | ChangeNotifier::StudyLog);
}

WriteResult RoadmapStore::applyMoveSkill(qint64 id, qint64 stageId, qint64 categoryId,
                                         const QList<QPair<qint64, int>> &positions)
{
    return writeAndReload(
        [&](QString *e) {
            SkillRepository repo(connection());
            return repo.setPlacement(id, stageId, categoryId, e)
                && (positions.isEmpty() || repo.setPositions(positions, e));
        },
        ChangeNotifier::Skills);
}

WriteResult RoadmapStore::applyAliases(qint64 id, const QStringList &aliases)
{
    const WriteResult result
        = AreaStore::write(ChangeNotifier::Skills, tr("The other names were not saved"), [&] {
              return SkillAliasRepository(connection()).setAliases(id, aliases);
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
                return SkillRepository(connection()).setPrerequisites(id, prerequisites, e);
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
    return writeAndReload(
        [&](QString *e) {
            id = RoadmapRepository(connection()).insertGroup(group, e);
            return id > 0;
        },
        ChangeNotifier::Skills, &id);
}

WriteResult RoadmapStore::applyRenameGroup(RoadmapGroup::Kind kind, qint64 id, const QString &name)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return RoadmapRepository(connection()).renameGroup(kind, id, name, e);
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
    return writeAndReload(
        [&](QString *e) {
            return SkillRepository(connection()).remove(skillIds, e)
                && RoadmapRepository(connection()).removeGroup(kind, id, e);
        },
        ChangeNotifier::Skills | ChangeNotifier::StudyLog);
}

WriteResult RoadmapStore::applyRestoreGroup(const RoadmapGroup &group, const SkillDeletion &skills)
{
    return writeAndReload(
        [&](QString *e) {
            return RoadmapRepository(connection()).insertGroup(group, e) > 0
                && SkillRepository(connection()).restore(skills, e);
        },
        ChangeNotifier::Skills | ChangeNotifier::StudyLog);
}

WriteResult RoadmapStore::applyAdditions(const RoadmapAdditions::Plan &plan,
                                         QList<qint64> *skillIds, QList<RoadmapGroup> *groups)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return RoadmapAdditions(connection()).apply(plan, e, skillIds, groups);
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
    return writeAndReload(
        [&](QString *e) {
            if (!SkillRepository(connection()).remove(skillIds, e))
                return false;
            RoadmapRepository repo(connection());
            for (const RoadmapGroup &g : groups)
                if (!repo.removeGroup(g.kind, g.id, e))
                    return false;
            return true;
        },
        ChangeNotifier::Skills | ChangeNotifier::StudyLog);
}

WriteResult RoadmapStore::applyRestoreAdditions(const QList<RoadmapGroup> &groups,
                                                const SkillDeletion &skills)
{
    return writeAndReload(
        [&](QString *e) {
            RoadmapRepository repo(connection());
            for (const RoadmapGroup &g : groups)
                if (repo.insertGroup(g, e) <= 0)
                    return false;
            return SkillRepository(connection()).restore(skills, e);
        },
        ChangeNotifier::Skills | ChangeNotifier::StudyLog);
}

WriteResult RoadmapStore::applyGroupOrder(RoadmapGroup::Kind kind, const QList<qint64> &ids)
{
    return writeAndReload(
        [&](QString *e) { return RoadmapRepository(connection()).setGroupOrder(kind, ids, e); },
        ChangeNotifier::Skills);
}

WriteResult RoadmapStore::applyEvidence(EvidenceItem::Kind kind, qint64 itemId, qint64 skillId,
                                        bool linked)
{
    if (const WriteResult r = write(
            [&](QString *e) {
                return EvidenceRepository(connection()).setLinked(kind, itemId, skillId, linked, e);
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
                return EvidenceRepository(connection()).setTopicSkill(topicId, skillId, e);
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
                id = StudySessionRepository(connection()).insert(session, e);
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
    if (const WriteResult r
        = write([&](QString *e) { return StudySessionRepository(connection()).remove(id, e); },
                ChangeNotifier::StudyLog);
        !r.ok())
        return r;
    refreshSkill(session->skillId);
    emit detailsChanged(session->skillId);
    emit studyLogChanged();
    return WriteResult::success();
}
