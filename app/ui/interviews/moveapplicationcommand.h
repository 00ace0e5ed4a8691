#pragma once

#include "common/storecommand.h"
#include "domain/jobapplication.h"

class InterviewStore;

// Moves an application to a stage on a day (recorded as a move); undo takes the move back.
class MoveApplicationCommand : public StoreCommand
{
public:
    MoveApplicationCommand(InterviewStore *store, qint64 applicationId, JobApplication::Stage stage,
                           const QDate &day, const QString &text, QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    qint64 m_id;
    JobApplication::Stage m_stage;
    QDate m_day;
};
