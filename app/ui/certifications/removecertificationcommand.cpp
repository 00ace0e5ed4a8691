#include "removecertificationcommand.h"

#include "certificationsmodel.h"

#include <QCoreApplication>

RemoveCertificationCommand::RemoveCertificationCommand(
    CertificationsModel *model, const Certification &certification,
    const QList<CertificationRepository::StudySession> &sessions, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("RemoveCertificationCommand", "Delete %1")
                       .arg(certification.name),
                   parent)
    , m_model(model)
    , m_certification(certification)
    , m_sessions(sessions)
{ }

void RemoveCertificationCommand::redo()
{
    if (!m_model->removeCertification(m_certification.id))
        setObsolete(true);
}

void RemoveCertificationCommand::undo()
{
    if (m_model->addCertification(m_certification, m_sessions) == 0)
        setObsolete(true);
}
