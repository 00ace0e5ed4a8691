#pragma once

#include "domain/certification.h"

#include <QUndoCommand>

class CertificationsModel;

// Adds a certification; undo deletes it, redo adds it again under the same id.
class AddCertificationCommand : public QUndoCommand
{
public:
    AddCertificationCommand(CertificationsModel *model, const Certification &certification,
                            const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 certificationId() const { return m_certification.id; }

private:
    CertificationsModel *m_model;
    Certification m_certification;
};
