#pragma once

#include "common/storecommand.h"
#include "domain/interviewsession.h"

class InterviewStore;

// Logs a session; undo deletes it, redo adds it again under the same id (and the
// topics' spacing is replayed each time).
class AddSessionCommand : public StoreCommand
{
public:
    AddSessionCommand(InterviewStore *store, const InterviewSession &session, const QString &text,
                      QUndoCommand *parent = nullptr);
    qint64 sessionId() const { return m_session.id; }

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    InterviewSession m_session;
};
