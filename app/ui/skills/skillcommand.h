#pragma once

#include "common/storecommand.h"

class RoadmapStore;

// The base of the Skills page's undo commands: StoreCommands that write through the
// RoadmapStore. As every StoreCommand, one whose write fails leaves nothing on the stack and
// nothing in the file, and the store's failed() has told the page why.
class SkillCommand : public StoreCommand
{
public:
    SkillCommand(RoadmapStore *store, const QString &text, QUndoCommand *parent = nullptr)
        : StoreCommand(text, parent)
        , m_store(store)
    { }

protected:
    RoadmapStore *m_store;
};
