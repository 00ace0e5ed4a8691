#include "logstudycommand.h"

#include <QCoreApplication>

LogStudyCommand::LogStudyCommand(CertificationStore *store, const StudySession &session,
                                 const QString &certificationName, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("LogStudyCommand", "Log study time for %1")
                       .arg(certificationName),
                   parent)
    , m_store(store)
    , m_session(session)
{ }

WriteResult LogStudyCommand::apply()
{
    WriteResult r = m_store->addStudySession(m_session);
    if (r.ok())
        m_session.id = r.id();
    return r;
}

WriteResult LogStudyCommand::revert()
{
    return m_store->removeStudySession(m_session.id, m_session.certificationId);
}
