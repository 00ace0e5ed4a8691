#pragma once

#include "db/writeresult.h"

#include <QUndoCommand>

#include <memory>

class QUndoStack;

// The base of every undo command. Subclasses write through their area's store in apply()
// (redo) and revert() (undo) and return the store's WriteResult. A command whose write fails
// marks itself obsolete, so QUndoStack drops it: a failed edit leaves nothing on the stack and
// (the store rolled its transaction back) nothing in the file; the store's failed() signal
// has told the page why.
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(const QString &text, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

    // The result of the last apply() or revert().
    WriteResult lastResult() const { return *m_outcome; }

    // Pushes CMD onto STACK and returns the result of its first write. After a failure the
    // command is gone (deleted by the stack); use the returned result, never CMD.
    static WriteResult push(QUndoStack *stack, StoreCommand *cmd);

protected:
    virtual WriteResult apply() = 0;
    virtual WriteResult revert() = 0;

private:
    void record(WriteResult result);

    std::shared_ptr<WriteResult> m_outcome;
};
