#pragma once

#include "db/certificationrepository.h"

#include <QUndoCommand>

class CertificationsModel;

// Logs a study session against a certification (and optionally a skill); undo removes it.
class LogStudyCommand : public QUndoCommand
{
public:
    LogStudyCommand(CertificationsModel *model,
                    const CertificationRepository::StudySession &session,
                    const QString &certificationName, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CertificationsModel *m_model;
    CertificationRepository::StudySession m_session;
};
