#include "skillssettingspanel.h"

#include "db/database.h"
#include "db/settingsrepository.h"
#include "domain/hourstext.h"
#include "roadmapstore.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

SkillsSettingsPanel::SkillsSettingsPanel(const WorkbenchContext &context, QWidget *parent)
    : SettingsPanel(context, parent)
    , m_budget(new QDoubleSpinBox(this))
    , m_hoursPerLevel(new QDoubleSpinBox(this))
{
    setObjectName(u"skillsSettingsPanel"_s);
    auto *form = new QFormLayout(this);
    m_budget->setObjectName(u"weeklyBudgetSpin"_s);
    m_budget->setRange(0, 100);
    m_budget->setDecimals(1);
    m_budget->setSingleStep(0.5);
    m_budget->setSuffix(HoursText::spinSuffix());
    m_hoursPerLevel->setObjectName(u"hoursPerLevelSpin"_s);
    m_hoursPerLevel->setRange(1, 1000);
    m_hoursPerLevel->setDecimals(0);
    m_hoursPerLevel->setSingleStep(5);
    m_hoursPerLevel->setSuffix(HoursText::spinSuffix());
    form->addRow(tr("Weekly study &budget:"), m_budget);
    form->addRow(tr("&Hours per level:"), m_hoursPerLevel);
    auto *note = new QLabel(tr("Each stage's completion date assumes the stages are studied in "
                               "order, each missing level takes the hours per level, and you "
                               "study the weekly budget. A budget of 0 shows no dates."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
}

void SkillsSettingsPanel::load()
{
    SettingsRepository settings(m_context.database->connection());
    QString error;
    const std::optional<double> budget = settings.doubleValue(
        u"skills/weeklyBudgetHours"_s, RoadmapStore::DefaultWeeklyBudgetHours, &error);
    const std::optional<double> perLevel = budget
        ? settings.doubleValue(u"skills/hoursPerLevel"_s, RoadmapStore::DefaultHoursPerLevel,
                               &error)
        : std::nullopt;
    // Unread, the boxes would show the defaults as if the file held them; OK then saves nothing.
    setReadError(perLevel ? QString() : tr("The study settings cannot be read: %1").arg(error));
    m_budget->setValue(budget.value_or(RoadmapStore::DefaultWeeklyBudgetHours));
    m_hoursPerLevel->setValue(perLevel.value_or(RoadmapStore::DefaultHoursPerLevel));
}

bool SkillsSettingsPanel::save(QString *error)
{
    if (m_hoursPerLevel->value() <= 0) {
        *error = tr("Hours per level must be more than 0.");
        return false;
    }
    QString inner;
    if (!storeIfChanged(u"skills/weeklyBudgetHours"_s, m_budget->value(),
                        RoadmapStore::DefaultWeeklyBudgetHours, &inner)
        || !storeIfChanged(u"skills/hoursPerLevel"_s, m_hoursPerLevel->value(),
                           RoadmapStore::DefaultHoursPerLevel, &inner)) {
        *error = tr("The skills settings could not be saved: %1").arg(inner);
        return false;
    }
    return true;
}
