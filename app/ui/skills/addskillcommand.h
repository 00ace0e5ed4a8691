#pragma once

#include "domain/skill.h"
#include "skillcommand.h"

// Adds a skill; redo after an undo puts it back with the same id.
class AddSkillCommand : public SkillCommand
{
public:
    AddSkillCommand(RoadmapStore *store, const Skill &skill);

    qint64 skillId() const { return m_skill.id; }
    WriteResult apply() override;
    WriteResult revert() override;

private:
    Skill m_skill;
};
