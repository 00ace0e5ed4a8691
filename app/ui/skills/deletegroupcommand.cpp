#include "deletegroupcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

DeleteGroupCommand::DeleteGroupCommand(RoadmapStore *store, const RoadmapGroup &group,
                                       const SkillDeletion &skills)
    : SkillCommand(store,
                   (group.kind == RoadmapGroup::Kind::Stage
                        ? QCoreApplication::translate("SkillCommands", "Delete Stage \"%1\"")
                        : QCoreApplication::translate("SkillCommands", "Delete Category \"%1\""))
                       .arg(group.name))
    , m_group(group)
    , m_skills(skills)
{
    for (const Skill &s : skills.skills)
        m_skillIds << s.id;
}

WriteResult DeleteGroupCommand::apply()
{
    return m_store->applyRemoveGroup(m_group.kind, m_group.id, m_skillIds);
}

WriteResult DeleteGroupCommand::revert()
{
    return m_store->applyRestoreGroup(m_group, m_skills);
}
