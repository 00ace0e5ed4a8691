#include "removesessioncommand.h"

#include "domain/datetext.h"
#include "interviewstore.h"

#include <QCoreApplication>
#include <QLocale>

RemoveSessionCommand::RemoveSessionCommand(InterviewStore *store, const InterviewSession &session,
                                           QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("RemoveSessionCommand", "Delete the session of %1")
                       .arg(DateText::shortDate(session.date)),
                   parent)
    , m_store(store)
    , m_session(session)
{ }

WriteResult RemoveSessionCommand::apply()
{
    return m_store->removeSession(m_session.id);
}

WriteResult RemoveSessionCommand::revert()
{
    return m_store->addSession(m_session);
}
