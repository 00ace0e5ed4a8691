#pragma once

#include "domain/skill.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the first-run guide changes on the roadmap: only the chosen specialisations stay
// targets (the others stay on the roadmap with target 0, as optional), and a quick
// self-assessment per stage raises the levels of that stage's targeted skills so that the first
// projection starts from where the user really is.
class OnboardingPlan
{
public:
    // What the built-in roadmap says of a skill of the workbench.
    struct BuiltIn
    {
        QString specialisation; // empty: the common path
        int target = 0; // the built-in target
    };
    struct Answers
    {
        QStringList specialisations; // keys of the chosen ones
        QHash<qint64, int> stageLevels; // stage id -> level 0..5; absent stages stay as they are
    };
    struct SkillChange
    {
        qint64 skillId = 0;
        int oldLevel = 0;
        int newLevel = 0;
        int oldTarget = 0;
        int newTarget = 0;
        Skill::Status oldStatus = Skill::Status::NotStarted;
        Skill::Status newStatus = Skill::Status::NotStarted;
    };

    // The built-in roadmap's view of SKILLS, matched by name in every language the roadmap
    // comes in (a workbench keeps names, not keys). Skills the built-in roadmap lacks are left
    // out, and never changed.
    static QHash<qint64, BuiltIn> builtInOf(const QList<Skill> &skills);

    // The changes ANSWERS make to SKILLS. A level is only ever raised, and never above the
    // skill's target; a skill at its target becomes proficient, one on the way learning.
    static QList<SkillChange> changes(const QList<Skill> &skills,
                                      const QHash<qint64, BuiltIn> &builtIn,
                                      const Answers &answers);
};
