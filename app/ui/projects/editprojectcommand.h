#pragma once

#include "common/changevaluecommand.h"
#include "domain/project.h"

class ProjectStore;

// Edits a project's story, results and skills: a before/after value command over
// ProjectStore::update().
class EditProjectCommand : public ChangeValueCommand<Project>
{
public:
    EditProjectCommand(ProjectStore *store, const Project &before, const Project &after,
                       QUndoCommand *parent = nullptr);
};
