#pragma once

#include "common/workbenchcontext.h"
#include "domain/profile.h"
#include "io/onboardingplan.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

// What the first-run guide sets, as one undoable edit: salary and currency, the weekly study
// budget, and the targets and levels of the skills it changed.
class ApplyOnboardingCommand : public QUndoCommand
{
public:
    struct State
    {
        Profile profile;
        double weeklyBudgetHours = 0;
    };

    ApplyOnboardingCommand(const WorkbenchContext &context, const State &before, const State &after,
                           const QList<OnboardingPlan::SkillChange> &changes);

    // Writes the new state; false (with *error) when the file refused it, which leaves the file
    // as it was. Call once before pushing: the stack's first redo() then does nothing.
    bool apply(QString *error);

    void redo() override;
    void undo() override;

    static constexpr auto BudgetKey = "skills/weeklyBudgetHours";

private:
    bool write(bool forward, QString *error);

    WorkbenchContext m_context;
    State m_before;
    State m_after;
    QList<OnboardingPlan::SkillChange> m_changes;
    bool m_applied = false;
};
