#include "addprojectcommand.h"

#include "projectstore.h"

#include <QCoreApplication>

AddProjectCommand::AddProjectCommand(ProjectStore *store, const Project &project,
                                     QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("AddProjectCommand", "Add %1").arg(project.name),
                   parent)
    , m_store(store)
    , m_project(project)
{ }

WriteResult AddProjectCommand::apply()
{
    WriteResult r = m_store->add(m_project);
    if (r.ok())
        m_project.id = r.id();
    return r;
}

WriteResult AddProjectCommand::revert()
{
    return m_store->remove(m_project.id);
}
