#include "addskillcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

AddSkillCommand::AddSkillCommand(RoadmapStore *store, const Skill &skill)
    : SkillCommand(store,
                   QCoreApplication::translate("SkillCommands", "Add Skill \"%1\"").arg(skill.name))
    , m_skill(skill)
{ }

void AddSkillCommand::redo()
{
    const qint64 id = m_store->applyInsertSkill(m_skill);
    if (id > 0)
        m_skill.id = id;
    check(id > 0);
}

void AddSkillCommand::undo()
{
    check(m_store->applyRemoveSkills({m_skill.id}));
}
