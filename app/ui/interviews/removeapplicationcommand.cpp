#include "removeapplicationcommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

RemoveApplicationCommand::RemoveApplicationCommand(InterviewStore *store,
                                                   const JobApplication &application,
                                                   const JobApplicationRepository::Links &links,
                                                   QUndoCommand *parent)
    : StoreCommand(
        QCoreApplication::translate("RemoveApplicationCommand", "Delete the application to %1")
            .arg(application.company),
        parent)
    , m_store(store)
    , m_application(application)
    , m_links(links)
{ }

WriteResult RemoveApplicationCommand::apply()
{
    return m_store->removeApplication(m_application.id);
}

WriteResult RemoveApplicationCommand::revert()
{
    return m_store->restoreApplication(m_application, m_links);
}
