#include "removepostingcommand.h"

#include "jobstore.h"

#include <QCoreApplication>

RemovePostingCommand::RemovePostingCommand(JobStore *store, const JobPostingEntry &posting,
                                           QUndoCommand *parent)
    : StoreCommand(
        QCoreApplication::translate("RemovePostingCommand", "Delete Posting %1").arg(posting.title),
        parent)
    , m_store(store)
    , m_posting(posting)
{ }

WriteResult RemovePostingCommand::apply()
{
    return m_store->remove(m_posting.id);
}

WriteResult RemovePostingCommand::revert()
{
    return m_store->add(m_posting);
}
