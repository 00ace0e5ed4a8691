#include "addcertificationcommand.h"

#include "certificationsmodel.h"

AddCertificationCommand::AddCertificationCommand(CertificationsModel *model,
                                                 const Certification &certification,
                                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_certification(certification)
{ }

void AddCertificationCommand::redo()
{
    const qint64 id = m_model->addCertification(m_certification);
    if (id == 0) {
        setObsolete(true);
        return;
    }
    m_certification.id = id;
}

void AddCertificationCommand::undo()
{
    if (!m_model->removeCertification(m_certification.id))
        setObsolete(true);
}
