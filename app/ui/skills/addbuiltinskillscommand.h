#pragma once

#include "db/roadmapadditions.h"
#include "domain/skilldeletion.h"
#include "skillcommand.h"

// Adds what the built-in roadmap has and the workbench lacks (skills, and the stages and
// categories they need) as one edit; undo takes all of it away, redo puts it back with the
// same ids so that later commands still find their skills.
class AddBuiltInSkillsCommand : public SkillCommand
{
public:
    AddBuiltInSkillsCommand(RoadmapStore *store, const RoadmapAdditions::Plan &plan);

    WriteResult apply() override;
    WriteResult revert() override;
    QList<qint64> skillIds() const { return m_skillIds; }

private:
    RoadmapAdditions::Plan m_plan;
    QList<qint64> m_skillIds;
    QList<RoadmapGroup> m_groups;
    SkillDeletion m_snapshot;
    bool m_done = false;
};
