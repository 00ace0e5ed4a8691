#pragma once

#include <QUndoCommand>

class RoadmapStore;

// The base of the Skills page's undo commands: they act on the RoadmapStore, and a command
// whose write is refused marks itself obsolete so the stack drops it (nothing changed).
class SkillCommand : public QUndoCommand
{
public:
    explicit SkillCommand(RoadmapStore *store, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
    { }

protected:
    void check(bool ok)
    {
        if (!ok)
            setObsolete(true);
    }

    RoadmapStore *m_store;
};
