#pragma once

#include "common/storecommand.h"
#include "domain/jobpostingentry.h"

class JobStore;

// Deletes a posting; undo brings it back whole (same id, time and application link).
class RemovePostingCommand : public StoreCommand
{
public:
    RemovePostingCommand(JobStore *store, const JobPostingEntry &posting,
                         QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    JobStore *m_store;
    JobPostingEntry m_posting;
};
