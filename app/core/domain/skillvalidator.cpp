#include "skillvalidator.h"

using namespace Qt::StringLiterals;

Problems SkillValidator::validate(const Skill &s)
{
    Problems problems;
    if (s.name.trimmed().isEmpty())
        problems.add(u"name"_s, tr("Give the skill a name."));
    if (s.stageId <= 0)
        problems.add(u"stageId"_s, tr("Choose the stage the skill belongs to."));
    if (s.currentLevel < 0 || s.currentLevel > Skill::MaxLevel)
        problems.add(u"currentLevel"_s,
                     tr("The level must be between 0 and %1.").arg(Skill::MaxLevel));
    if (s.targetLevel < 0 || s.targetLevel > Skill::MaxLevel)
        problems.add(u"targetLevel"_s,
                     tr("The target must be between 0 and %1.").arg(Skill::MaxLevel));
    if (s.priority < 1 || s.priority > 4)
        problems.add(u"priority"_s, tr("The priority must be between 1 (low) and 4 (critical)."));
    if (s.id > 0 && s.prerequisites.contains(s.id))
        problems.add(u"prerequisites"_s, tr("A skill cannot be its own prerequisite."));
    return problems;
}
