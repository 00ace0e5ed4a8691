#include "editcertificationcommand.h"

#include "certificationsmodel.h"

#include <QCoreApplication>

EditCertificationCommand::EditCertificationCommand(CertificationsModel *model,
                                                   const Certification &before,
                                                   const Certification &after, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("EditCertificationCommand", "Edit %1").arg(after.name), parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{ }

void EditCertificationCommand::redo()
{
    if (!m_model->updateCertification(m_after))
        setObsolete(true);
}

void EditCertificationCommand::undo()
{
    if (!m_model->updateCertification(m_before))
        setObsolete(true);
}
