#include "addquestionstobankcommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

AddQuestionsToBankCommand::AddQuestionsToBankCommand(InterviewStore *store,
                                                     const InterviewSession &session,
                                                     const QList<InterviewQuestion> &before,
                                                     QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("AddQuestionsToBankCommand",
                                               "Add the session's questions to the bank"),
                   parent)
    , m_store(store)
    , m_session(session)
    , m_before(before)
{ }

WriteResult AddQuestionsToBankCommand::apply()
{
    return m_store->addQuestionsFromSession(m_session);
}

WriteResult AddQuestionsToBankCommand::revert()
{
    return m_store->restoreQuestions(m_session, m_before);
}
