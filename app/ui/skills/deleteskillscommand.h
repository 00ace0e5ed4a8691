#pragma once

#include "domain/skilldeletion.h"
#include "skillcommand.h"

// Deletes skills with their links and study sessions; undo restores all of it.
class DeleteSkillsCommand : public SkillCommand
{
public:
    DeleteSkillsCommand(RoadmapStore *store, const SkillDeletion &snapshot);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    SkillDeletion m_snapshot;
    QList<qint64> m_ids;
};
