#pragma once

#include "storecommand.h"

#include <functional>

// One field (or any value) changed from BEFORE to AFTER, written by SET: redo writes AFTER,
// undo writes BEFORE (as Tiled's ChangeValue). Covers the single-field edits of every area:
//   StoreCommand::push(stack, new ChangeValueCommand<int>(tr("Set level"), 2, 3,
//       [store, id](const int &v) { return store->setLevel(id, v); }));
template<typename Value>
class ChangeValueCommand : public StoreCommand
{
public:
    using Setter = std::function<WriteResult(const Value &)>;

    ChangeValueCommand(const QString &text, Value before, Value after, Setter set,
                       QUndoCommand *parent = nullptr)
        : StoreCommand(text, parent)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_set(std::move(set))
    { }

    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }

protected:
    WriteResult apply() override { return m_set(m_after); }
    WriteResult revert() override { return m_set(m_before); }

private:
    Value m_before;
    Value m_after;
    Setter m_set;
};
