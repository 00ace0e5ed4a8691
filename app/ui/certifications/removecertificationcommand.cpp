#include "removecertificationcommand.h"

#include <QCoreApplication>

RemoveCertificationCommand::RemoveCertificationCommand(CertificationStore *store,
                                                       const CertificationStore::Removal &removal,
                                                       QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("RemoveCertificationCommand", "Delete %1")
                       .arg(removal.certification.name),
                   parent)
    , m_store(store)
    , m_removal(removal)
{ }

WriteResult RemoveCertificationCommand::apply()
{
    return m_store->remove(m_removal.certification.id);
}

WriteResult RemoveCertificationCommand::revert()
{
    return m_store->add(m_removal.certification, m_removal.sessions);
}
