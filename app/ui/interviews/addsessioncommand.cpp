#include "addsessioncommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

AddSessionCommand::AddSessionCommand(InterviewStore *store, const InterviewSession &session,
                                     const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_session(session)
{ }

WriteResult AddSessionCommand::apply()
{
    WriteResult r = m_store->addSession(m_session);
    if (r.ok())
        m_session.id = r.id();
    return r;
}

WriteResult AddSessionCommand::revert()
{
    return m_store->removeSession(m_session.id);
}
