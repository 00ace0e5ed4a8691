#include "addformatcommand.h"

#include "interviewstore.h"

#include <QCoreApplication>

AddFormatCommand::AddFormatCommand(InterviewStore *store, const QString &name, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("AddFormatCommand", "Add the format %1").arg(name),
                   parent)
    , m_store(store)
    , m_name(name)
{ }

WriteResult AddFormatCommand::apply()
{
    WriteResult r = m_store->addFormat(m_name);
    if (r.ok())
        m_key = m_store->lastFormatKey();
    return r;
}

WriteResult AddFormatCommand::revert()
{
    return m_store->removeFormat(m_key);
}
