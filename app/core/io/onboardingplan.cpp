#include "onboardingplan.h"

#include "domain/roadmaptemplate.h"
#include "io/roadmaptemplatejson.h"
#include "io/roadmaptranslation.h"

#include <algorithm>

QHash<qint64, OnboardingPlan::BuiltIn> OnboardingPlan::builtInOf(const QList<Skill> &skills)
{
    QHash<QString, BuiltIn> byName;
    for (const QString &language : RoadmapTranslation::builtInLanguages()) {
        const RoadmapTemplate t = RoadmapTemplateJson::builtIn(QLocale(language));
        for (const RoadmapTemplate::Skill &s : t.skills)
            byName.insert(s.name, BuiltIn {s.specialisation, s.target});
    }
    QHash<qint64, BuiltIn> out;
    for (const Skill &s : skills) {
        const auto it = byName.constFind(s.name);
        if (it != byName.cend())
            out.insert(s.id, *it);
    }
    return out;
}

QList<OnboardingPlan::SkillChange> OnboardingPlan::changes(const QList<Skill> &skills,
                                                           const QHash<qint64, BuiltIn> &builtIn,
                                                           const Answers &answers)
{
    QList<SkillChange> out;
    for (const Skill &s : skills) {
        SkillChange c {s.id,          s.currentLevel, s.currentLevel, s.targetLevel,
                       s.targetLevel, s.status,       s.status};
        const auto b = builtIn.constFind(s.id);
        if (b != builtIn.cend() && !b->specialisation.isEmpty()) {
            const bool chosen = answers.specialisations.contains(b->specialisation);
            if (!chosen)
                c.newTarget = 0; // optional: visible, not a target
            else if (s.targetLevel == 0)
                c.newTarget = b->target; // chosen after all: its target comes back
        }
        const auto level = answers.stageLevels.constFind(s.stageId);
        if (level != answers.stageLevels.cend() && c.newTarget > 0
            && s.status != Skill::Status::Skipped) {
            const int assessed = std::clamp(*level, 0, Skill::MaxLevel);
            c.newLevel = std::max(s.currentLevel, std::min(assessed, c.newTarget));
            if (c.newLevel != s.currentLevel) {
                c.newStatus = c.newLevel >= c.newTarget ? Skill::Status::Proficient
                                                        : Skill::Status::Learning;
            }
        }
        if (c.newLevel != c.oldLevel || c.newTarget != c.oldTarget || c.newStatus != c.oldStatus)
            out << c;
    }
    return out;
}
