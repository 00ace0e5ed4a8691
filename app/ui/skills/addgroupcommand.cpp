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

void AddGroupCommand::redo()
{
    const qint64 id = m_store->applyInsertGroup(m_group);
    if (id > 0)
        m_group.id = id;
    check(id > 0);
}

void AddGroupCommand::undo()
{
    check(m_store->applyRemoveGroup(m_group.kind, m_group.id, {}));
}
