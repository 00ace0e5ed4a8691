#pragma once

#include "certificationstore.h"
#include "common/storecommand.h"

// Logs study time against a certification; undo removes it, redo logs it again under its id.
class LogStudyCommand : public StoreCommand
{
public:
    LogStudyCommand(CertificationStore *store, const StudySession &session,
                    const QString &certificationName, QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    CertificationStore *m_store;
    StudySession m_session;
};
