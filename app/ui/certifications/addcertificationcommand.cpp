#include "addcertificationcommand.h"

#include "certificationstore.h"

AddCertificationCommand::AddCertificationCommand(CertificationStore *store,
                                                 const Certification &certification,
                                                 const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_certification(certification)
{ }

WriteResult AddCertificationCommand::apply()
{
    WriteResult r = m_store->add(m_certification);
    if (r.ok())
        m_certification.id = r.id();
    return r;
}

WriteResult AddCertificationCommand::revert()
{
    return m_store->remove(m_certification.id);
}
