#include "applyonboardingcommand.h"

#include "common/changenotifier.h"
#include "db/database.h"
#include "db/profilerepository.h"
#include "db/settingsrepository.h"
#include "db/skillrepository.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

ApplyOnboardingCommand::ApplyOnboardingCommand(const WorkbenchContext &context, const State &before,
                                               const State &after,
                                               const QList<OnboardingPlan::SkillChange> &changes)
    : m_context(context)
    , m_before(before)
    , m_after(after)
    , m_changes(changes)
{
    setText(QCoreApplication::translate("OnboardingWizard", "First-Run Guide"));
}

bool ApplyOnboardingCommand::apply(QString *error)
{
    m_applied = write(true, error);
    return m_applied;
}

void ApplyOnboardingCommand::redo()
{
    if (m_applied) {
        m_applied = false; // written by apply() already
        return;
    }
    QString error;
    if (!write(true, &error))
        qWarning("Redoing the first-run guide failed: %s", qPrintable(error));
}

void ApplyOnboardingCommand::undo()
{
    QString error;
    if (!write(false, &error))
        qWarning("Undoing the first-run guide failed: %s", qPrintable(error));
}

bool ApplyOnboardingCommand::write(bool forward, QString *error)
{
    QSqlDatabase db = m_context.database->connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = QCoreApplication::translate("OnboardingWizard", "The file cannot be written.");
        return false;
    }
    const State &state = forward ? m_after : m_before;
    // Self-assessed levels are where the user starts, not levels gained: keep them out of the
    // level history (see db/migrations/0004_progress.sql).
    SettingsRepository settings(db);
    if (!settings.setValue(u"progress/baseline"_s, 1, error))
        return false;
    if (!ProfileRepository(db).save(state.profile, error)
        || !SettingsRepository(db).setValue(QLatin1StringView(BudgetKey), state.weeklyBudgetHours,
                                            error))
        return false;
    SkillRepository skills(db);
    for (const OnboardingPlan::SkillChange &c : std::as_const(m_changes)) {
        if (!skills.setField(c.skillId, Skill::Field::TargetLevel,
                             forward ? c.newTarget : c.oldTarget, error)
            || !skills.setField(c.skillId, Skill::Field::CurrentLevel,
                                forward ? c.newLevel : c.oldLevel, error)
            || !skills.setField(c.skillId, Skill::Field::Status,
                                int(forward ? c.newStatus : c.oldStatus), error))
            return false;
    }
    if (!settings.remove(u"progress/baseline"_s, error))
        return false;
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    if (m_context.notifier)
        m_context.notifier->notify(ChangeNotifier::Profile | ChangeNotifier::Skills
                                   | ChangeNotifier::Settings | ChangeNotifier::Certifications);
    return true;
}
