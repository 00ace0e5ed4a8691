#pragma once

#include "common/storecommand.h"
#include "domain/interviewquestion.h"
#include "domain/interviewsession.h"

class InterviewStore;

// Puts a session's questions into the bank in one step (new ones added, known ones
// counted as asked again); undo restores the bank entries as they were.
class AddQuestionsToBankCommand : public StoreCommand
{
public:
    AddQuestionsToBankCommand(InterviewStore *store, const InterviewSession &session,
                              const QList<InterviewQuestion> &before,
                              QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    InterviewSession m_session;
    QList<InterviewQuestion> m_before;
};
