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

WriteResult RenameGroupCommand::apply()
{
    return m_store->applyRenameGroup(m_kind, m_id, m_new);
}

WriteResult RenameGroupCommand::revert()
{
    return m_store->applyRenameGroup(m_kind, m_id, m_old);
}
