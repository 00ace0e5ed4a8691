#pragma once

#include "common/storecommand.h"
#include "domain/interviewquestion.h"

class InterviewStore;

// Deletes a question from the bank; undo restores it under its old id.
class RemoveQuestionCommand : public StoreCommand
{
public:
    RemoveQuestionCommand(InterviewStore *store, const InterviewQuestion &question,
                          QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    InterviewQuestion m_question;
};
