#pragma once

#include "common/storecommand.h"
#include "domain/interviewsession.h"

class InterviewStore;

// Deletes a session; undo restores it under its old id, topics and all.
class RemoveSessionCommand : public StoreCommand
{
public:
    RemoveSessionCommand(InterviewStore *store, const InterviewSession &session,
                         QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    InterviewSession m_session;
};
