#include "addpostingcommand.h"

#include "jobstore.h"

#include <QCoreApplication>

AddPostingCommand::AddPostingCommand(JobStore *store, const JobPostingEntry &posting,
                                     QUndoCommand *parent)
    : StoreCommand(
        QCoreApplication::translate("AddPostingCommand", "Keep Posting %1").arg(posting.title),
        parent)
    , m_store(store)
    , m_posting(posting)
{ }

WriteResult AddPostingCommand::apply()
{
    if (!m_posting.addedAt.isValid())
        m_posting.addedAt = QDateTime::currentDateTime();
    m_posting.addedAt.setTime(QTime(m_posting.addedAt.time().hour(),
                                    m_posting.addedAt.time().minute(),
                                    m_posting.addedAt.time().second()));
    WriteResult r = m_store->add(m_posting);
    if (r.ok())
        m_posting.id = r.id();
    return r;
}

WriteResult AddPostingCommand::revert()
{
    return m_store->remove(m_posting.id);
}
