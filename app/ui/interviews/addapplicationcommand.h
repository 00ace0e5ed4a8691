#pragma once

#include "common/storecommand.h"
#include "domain/jobapplication.h"

class InterviewStore;

// Adds a job application; undo deletes it, redo adds it again under the same id.
class AddApplicationCommand : public StoreCommand
{
public:
    AddApplicationCommand(InterviewStore *store, const JobApplication &application,
                          const QString &text, QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    JobApplication m_application;
};
