#include "removequestioncommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

RemoveQuestionCommand::RemoveQuestionCommand(InterviewStore *store,
                                             const InterviewQuestion &question,
                                             QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("RemoveQuestionCommand", "Delete a question"),
                   parent)
    , m_store(store)
    , m_question(question)
{ }

WriteResult RemoveQuestionCommand::apply()
{
    return m_store->removeQuestion(m_question.id);
}

WriteResult RemoveQuestionCommand::revert()
{
    return m_store->addQuestion(m_question);
}
