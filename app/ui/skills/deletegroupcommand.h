#pragma once

#include "domain/roadmapgroup.h"
#include "domain/skilldeletion.h"
#include "skillcommand.h"

// Deletes a stage or a category together with its skills; undo restores all of it.
class DeleteGroupCommand : public SkillCommand
{
public:
    DeleteGroupCommand(RoadmapStore *store, const RoadmapGroup &group, const SkillDeletion &skills);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    RoadmapGroup m_group;
    SkillDeletion m_skills;
    QList<qint64> m_skillIds;
};
