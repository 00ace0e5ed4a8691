#include "addquestioncommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

AddQuestionCommand::AddQuestionCommand(InterviewStore *store, const InterviewQuestion &question,
                                       QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("AddQuestionCommand", "Add a question"), parent)
    , m_store(store)
    , m_question(question)
{ }

WriteResult AddQuestionCommand::apply()
{
    WriteResult r = m_store->addQuestion(m_question);
    if (r.ok())
        m_question.id = r.id();
    return r;
}

WriteResult AddQuestionCommand::revert()
{
    return m_store->removeQuestion(m_question.id);
}
