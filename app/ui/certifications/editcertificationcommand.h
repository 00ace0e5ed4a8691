#pragma once

#include "domain/certification.h"

#include <QUndoCommand>

class CertificationsModel;

// Replaces a certification's stored values (and skill links) with new ones; undo puts the
// old ones back.
class EditCertificationCommand : public QUndoCommand
{
public:
    EditCertificationCommand(CertificationsModel *model, const Certification &before,
                             const Certification &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CertificationsModel *m_model;
    Certification m_before;
    Certification m_after;
};
