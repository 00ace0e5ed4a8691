#include "logstudycommand.h"

#include "certificationsmodel.h"

#include <QCoreApplication>

LogStudyCommand::LogStudyCommand(CertificationsModel *model,
                                 const CertificationRepository::StudySession &session,
                                 const QString &certificationName, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("LogStudyCommand", "Log study time for %1")
                       .arg(certificationName),
                   parent)
    , m_model(model)
    , m_session(session)
{ }

void LogStudyCommand::redo()
{
    const qint64 id = m_model->addStudySession(m_session);
    if (id == 0) {
        setObsolete(true);
        return;
    }
    m_session.id = id;
}

void LogStudyCommand::undo()
{
    if (!m_model->removeStudySession(m_session.id, m_session.certificationId))
        setObsolete(true);
}
