#pragma once

#include "common/storecommand.h"
#include "domain/interviewquestion.h"

class InterviewStore;

// Adds a question to the bank; undo deletes it, redo adds it again under the same id.
class AddQuestionCommand : public StoreCommand
{
public:
    AddQuestionCommand(InterviewStore *store, const InterviewQuestion &question,
                       QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    InterviewQuestion m_question;
};
