#include "addgroupcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

AddGroupCommand::AddGroupCommand(RoadmapStore *store, const RoadmapGroup &group)
    : SkillCommand(store,
                   (group.kind == RoadmapGroup::Kind::Stage
                        ? QCoreApplication::translate("SkillCommands", "Add Stage \"%1\"")
                        : QCoreApplication::translate("SkillCommands", "Add Category \"%1\""))
                       .arg(group.name))
    , m_group(group)
{ }

WriteResult AddGroupCommand::apply()
{
    const WriteResult r = m_store->applyInsertGroup(m_group);
    if (r.ok())
        m_group.id = r.id();
    return r;
}

WriteResult AddGroupCommand::revert()
{
    return m_store->applyRemoveGroup(m_group.kind, m_group.id, {});
}
