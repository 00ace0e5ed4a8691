#pragma once

#include "common/storecommand.h"
#include "db/jobapplicationrepository.h"
#include "domain/jobapplication.h"

class InterviewStore;

// Deletes a job application with its stage moves. Its interviews and kept job postings stay,
// unlinked; undo puts the application back under its old id, moves and all, and links them
// to it again.
class RemoveApplicationCommand : public StoreCommand
{
public:
    RemoveApplicationCommand(InterviewStore *store, const JobApplication &application,
                             const JobApplicationRepository::Links &links,
                             QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    JobApplication m_application;
    JobApplicationRepository::Links m_links;
};
