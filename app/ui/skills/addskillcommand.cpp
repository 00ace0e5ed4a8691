#include "addskillcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

AddSkillCommand::AddSkillCommand(RoadmapStore *store, const Skill &skill)
    : SkillCommand(store,
                   QCoreApplication::translate("SkillCommands", "Add Skill \"%1\"").arg(skill.name))
    , m_skill(skill)
{ }

WriteResult AddSkillCommand::apply()
{
    const WriteResult r = m_store->applyInsertSkill(m_skill);
    if (r.ok())
        m_skill.id = r.id();
    return r;
}

WriteResult AddSkillCommand::revert()
{
    return m_store->applyRemoveSkills({m_skill.id});
}
