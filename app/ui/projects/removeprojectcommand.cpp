#include "removeprojectcommand.h"

#include <QCoreApplication>

RemoveProjectCommand::RemoveProjectCommand(ProjectStore *store,
                                           const ProjectStore::Removal &removal,
                                           QUndoCommand *parent)
    : StoreCommand(
        QCoreApplication::translate("RemoveProjectCommand", "Delete %1").arg(removal.project.name),
        parent)
    , m_store(store)
    , m_removal(removal)
{ }

WriteResult RemoveProjectCommand::apply()
{
    return m_store->remove(m_removal.project.id);
}

WriteResult RemoveProjectCommand::revert()
{
    return m_store->restore(m_removal);
}
