#include "renamegroupcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

RenameGroupCommand::RenameGroupCommand(RoadmapStore *store, RoadmapGroup::Kind kind, qint64 id,
                                       const QString &oldName, const QString &newName)
    : SkillCommand(store,
                   (kind == RoadmapGroup::Kind::Stage
                        ? QCoreApplication::translate("SkillCommands", "Rename Stage \"%1\"")
                        : QCoreApplication::translate("SkillCommands", "Rename Category \"%1\""))
                       .arg(oldName))
    , m_kind(kind)
    , m_id(id)
    , m_old(oldName)
    , m_new(newName)
{ }

void RenameGroupCommand::redo()
{
    check(m_store->applyRenameGroup(m_kind, m_id, m_new));
}

void RenameGroupCommand::undo()
{
    check(m_store->applyRenameGroup(m_kind, m_id, m_old));
}
