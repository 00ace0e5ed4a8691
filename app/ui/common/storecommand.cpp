#include "storecommand.h"

#include <QUndoStack>

StoreCommand::StoreCommand(const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_outcome(std::make_shared<WriteResult>(WriteResult::success()))
{ }

void StoreCommand::redo()
{
    record(apply());
}

void StoreCommand::undo()
{
    record(revert());
}

void StoreCommand::record(WriteResult result)
{
    if (!result.ok())
        setObsolete(true);
    *m_outcome = std::move(result);
}

WriteResult StoreCommand::push(QUndoStack *stack, StoreCommand *cmd)
{
    // The outcome outlives the command: the stack deletes a command that failed.
    const std::shared_ptr<WriteResult> outcome = cmd->m_outcome;
    stack->push(cmd);
    return *outcome;
}
