#pragma once

#include "common/storecommand.h"
#include "domain/project.h"

class ProjectStore;

// Adds a project; undo deletes it, redo adds it again under the same id.
class AddProjectCommand : public StoreCommand
{
public:
    AddProjectCommand(ProjectStore *store, const Project &project, QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    ProjectStore *m_store;
    Project m_project;
};
