#pragma once

#include "skill.h"
#include "validation.h"

#include <QCoreApplication>

// The rules a skill must meet. Fields: "name", "currentLevel", "targetLevel", "priority",
// "stageId", "prerequisites".
class SkillValidator
{
    Q_DECLARE_TR_FUNCTIONS(SkillValidator)
public:
    static Problems validate(const Skill &skill);
};
