#pragma once

#include "common/storecommand.h"
#include "domain/jobpostingentry.h"

class JobStore;

// Keeps a posting; undo deletes it, redo keeps it again under the same id and time.
class AddPostingCommand : public StoreCommand
{
public:
    AddPostingCommand(JobStore *store, const JobPostingEntry &posting,
                      QUndoCommand *parent = nullptr);

    qint64 postingId() const { return m_posting.id; }

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    JobStore *m_store;
    JobPostingEntry m_posting;
};
