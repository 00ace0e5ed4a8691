#pragma once

#include "common/storecommand.h"

class InterviewStore;

// Adds an interview format the user names; undo removes it again (no session uses it yet).
class AddFormatCommand : public StoreCommand
{
public:
    AddFormatCommand(InterviewStore *store, const QString &name, QUndoCommand *parent = nullptr);

    QString key() const { return m_key; }

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    InterviewStore *m_store;
    QString m_name;
    QString m_key;
};
