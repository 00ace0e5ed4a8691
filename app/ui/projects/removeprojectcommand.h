#pragma once

#include "common/storecommand.h"
#include "projectstore.h"

// Deletes a project with its metrics, skill links, images and checklist; undo restores all
// of them under their old ids.
class RemoveProjectCommand : public StoreCommand
{
public:
    RemoveProjectCommand(ProjectStore *store, const ProjectStore::Removal &removal,
                         QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    ProjectStore *m_store;
    ProjectStore::Removal m_removal;
};
