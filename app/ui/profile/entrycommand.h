#pragma once

#include "common/storecommand.h"

#include <functional>

// Adds or removes one ENTRY of a list (a job, a degree, a language) through its store: redo
// does the action, undo the opposite. The entry keeps the id its first add was given, so a
// removal undone (and an add redone) brings back the same row.
template<typename Entry>
class EntryCommand : public StoreCommand
{
public:
    enum class Action { Add, Remove };
    using Add = std::function<WriteResult(const Entry &)>;
    using Remove = std::function<WriteResult(qint64)>;

    EntryCommand(const QString &text, Action action, Entry entry, Add add, Remove remove,
                 QUndoCommand *parent = nullptr)
        : StoreCommand(text, parent)
        , m_action(action)
        , m_entry(std::move(entry))
        , m_add(std::move(add))
        , m_remove(std::move(remove))
    { }

    const Entry &entry() const { return m_entry; }

protected:
    WriteResult apply() override { return m_action == Action::Add ? doAdd() : doRemove(); }
    WriteResult revert() override { return m_action == Action::Add ? doRemove() : doAdd(); }

private:
    WriteResult doAdd()
    {
        WriteResult r = m_add(m_entry);
        if (r.ok() && r.id() > 0)
            m_entry.id = r.id();
        return r;
    }
    WriteResult doRemove() { return m_remove(m_entry.id); }

    Action m_action;
    Entry m_entry;
    Add m_add;
    Remove m_remove;
};
