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

void MoveSkillCommand::redo()
{
    check(m_store->applyMoveSkill(m_skillId, m_to.stageId, m_to.categoryId, m_to.order));
}

void MoveSkillCommand::undo()
{
    check(m_store->applyMoveSkill(m_skillId, m_from.stageId, m_from.categoryId, m_from.order));
}
