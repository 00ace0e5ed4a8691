#pragma once

#include "domain/roadmapgroup.h"
#include "skillcommand.h"

// Adds a stage or a category; redo after an undo puts it back with the same id.
class AddGroupCommand : public SkillCommand
{
public:
    AddGroupCommand(RoadmapStore *store, const RoadmapGroup &group);

    qint64 groupId() const { return m_group.id; }
    WriteResult apply() override;
    WriteResult revert() override;

private:
    RoadmapGroup m_group;
};
