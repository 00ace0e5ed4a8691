#include "addapplicationcommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

AddApplicationCommand::AddApplicationCommand(InterviewStore *store,
                                             const JobApplication &application, const QString &text,
                                             QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_application(application)
{ }

WriteResult AddApplicationCommand::apply()
{
    WriteResult r = m_store->addApplication(m_application);
    if (r.ok())
        m_application.id = r.id();
    return r;
}

WriteResult AddApplicationCommand::revert()
{
    return m_store->removeApplication(m_application.id);
}
