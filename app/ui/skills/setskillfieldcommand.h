#pragma once

#include "domain/skill.h"
#include "skillcommand.h"

#include <QVariant>

// Changes one field of a skill (level, target, priority, status, name, description, notes).
class SetSkillFieldCommand : public SkillCommand
{
public:
    SetSkillFieldCommand(RoadmapStore *store, qint64 skillId, Skill::Field field,
                         const QVariant &oldValue, const QVariant &newValue);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    qint64 m_skillId;
    Skill::Field m_field;
    QVariant m_old;
    QVariant m_new;
};
