#pragma once

#include "db/certificationrepository.h"
#include "domain/certification.h"

#include <QList>
#include <QUndoCommand>

class CertificationsModel;

// Deletes a certification with its skill links and study sessions; undo restores all of them
// under their old ids.
class RemoveCertificationCommand : public QUndoCommand
{
public:
    RemoveCertificationCommand(CertificationsModel *model, const Certification &certification,
                               const QList<CertificationRepository::StudySession> &sessions,
                               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CertificationsModel *m_model;
    Certification m_certification;
    QList<CertificationRepository::StudySession> m_sessions;
};
