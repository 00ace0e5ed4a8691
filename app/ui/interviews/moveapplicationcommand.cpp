#include "moveapplicationcommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

MoveApplicationCommand::MoveApplicationCommand(InterviewStore *store, qint64 applicationId,
                                               JobApplication::Stage stage, const QDate &day,
                                               const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_id(applicationId)
    , m_stage(stage)
    , m_day(day)
{ }

WriteResult MoveApplicationCommand::apply()
{
    return m_store->moveApplication(m_id, m_stage, m_day);
}

WriteResult MoveApplicationCommand::revert()
{
    return m_store->undoApplicationMove(m_id);
}
