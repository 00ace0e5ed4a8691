#include "moveskillcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

MoveSkillCommand::MoveSkillCommand(RoadmapStore *store, qint64 skillId, const Placement &from,
                                   const Placement &to)
    : SkillCommand(store, {})
    , m_skillId(skillId)
    , m_from(from)
    , m_to(to)
{
    const Skill *s = store->skill(skillId);
    setText(QCoreApplication::translate("SkillCommands", "Move Skill \"%1\"")
                .arg(s ? s->name : QString()));
}

QList<QPair<qint64, int>> MoveSkillCommand::numbered(const QList<qint64> &ids)
{
    QList<QPair<qint64, int>> positions;
    for (int i = 0; i < ids.size(); ++i)
        positions << qMakePair(ids[i], i);
    return positions;
}

WriteResult MoveSkillCommand::apply()
{
    return m_store->applyMoveSkill(m_skillId, m_to.stageId, m_to.categoryId, m_to.positions);
}

WriteResult MoveSkillCommand::revert()
{
    return m_store->applyMoveSkill(m_skillId, m_from.stageId, m_from.categoryId, m_from.positions);
}
