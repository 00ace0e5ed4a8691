#include "onboardingwizard.h"

#include "applyonboardingcommand.h"
#include "common/dialogs.h"
#include "db/database.h"
#include "db/profilerepository.h"
#include "db/roadmaprepository.h"
#include "db/settingsrepository.h"
#include "domain/hourstext.h"
#include "domain/profilevalidator.h"
#include "domain/skilltext.h"
#include "io/onboardingplan.h"
#include "io/roadmaptemplatejson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}
} // namespace

OnboardingWizard::OnboardingWizard(const WorkbenchContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_builtIn(RoadmapTemplateJson::builtIn())
{
    setObjectName(u"onboardingWizard"_s);
    setWindowTitle(tr("Getting Started"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("S&kip"));
    // Room for the German texts without growing past a 1024x640 screen.
    setMinimumSize(600, 440);
    QString error;
    if (auto roadmap = RoadmapRepository(m_context.database->connection()).load(&error))
        m_roadmap = *roadmap;
    else
        m_readError = tr("Your roadmap cannot be read: %1").arg(error);
    addPage(createStartPage());
    addPage(createSpecialisationPage());
    addPage(createAssessmentPage());
}

OnboardingWizard *OnboardingWizard::showFor(const WorkbenchContext &context, QWidget *parent)
{
    auto *wizard = new OnboardingWizard(context, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

QWizardPage *OnboardingWizard::createStartPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your starting point"));
    QString intro = tr("Three figures make the numbers in this workbench yours: return on "
                       "certifications needs your salary, and dates on the roadmap need "
                       "the hours you can study. Skip anything you'd rather fill in later.");
    QString error;
    const std::optional<Profile> stored
        = ProfileRepository(m_context.database->connection()).load(&error);
    if (!stored && m_readError.isEmpty())
        m_readError = tr("Your profile cannot be read: %1").arg(error);
    const std::optional<double> budget
        = SettingsRepository(m_context.database->connection())
              .doubleValue(QLatin1StringView(ApplyOnboardingCommand::BudgetKey), 10, &error);
    if (!budget && m_readError.isEmpty())
        m_readError = tr("Your weekly study budget cannot be read: %1").arg(error);
    // Said up front: the answers cannot be saved over what could not be read.
    if (!m_readError.isEmpty())
        intro += u"\n\n"_s + m_readError;
    const Profile profile = stored.value_or(Profile());
    m_salary = new QDoubleSpinBox(page);
    m_salary->setObjectName(u"onboardingSalary"_s);
    m_salary->setRange(0, 100'000'000);
    m_salary->setDecimals(0);
    m_salary->setSingleStep(1000);
    m_salary->setGroupSeparatorShown(true);
    m_salary->setValue(profile.currentSalary);
    m_salary->setSpecialValueText(tr("not given"));
    m_currency = new QComboBox(page);
    m_currency->setObjectName(u"onboardingCurrency"_s);
    m_currency->setEditable(true);
    m_currency->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"CAD"_s, u"AUD"_s, u"INR"_s,
                          u"JPY"_s, u"SEK"_s, u"PLN"_s});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{3}"_s), m_currency));
    m_currency->setCurrentText(profile.currency);
    m_weeklyHours = new QDoubleSpinBox(page);
    m_weeklyHours->setObjectName(u"onboardingWeeklyHours"_s);
    m_weeklyHours->setRange(0, 100);
    m_weeklyHours->setDecimals(1);
    m_weeklyHours->setSingleStep(0.5);
    m_weeklyHours->setSuffix(HoursText::spinSuffix());
    m_weeklyHours->setValue(budget.value_or(10));
    auto *form = new QFormLayout(page);
    form->addRow(plainLabel(intro, page));
    form->addRow(tr("Current sala&ry (a year):"), m_salary);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Weekly study hours:"), m_weeklyHours);
    form->addRow(plainLabel(tr("Everything stays in this file on your computer. You can change "
                               "it later in Edit > Preferences."),
                            page));
    return page;
}

QWizardPage *OnboardingWizard::createSpecialisationPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What you are aiming for"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(plainLabel(tr("Choose the specialisations you want. Only these become "
                                    "targets; the others stay on the roadmap as optional, with "
                                    "no target."),
                                 page));
    // A workbench already set up shows what it has: a specialisation counts as chosen while
    // one of its skills still has a target.
    const auto builtIn = OnboardingPlan::builtInOf(m_roadmap.skills);
    QSet<QString> targeted;
    for (const Skill &s : std::as_const(m_roadmap.skills)) {
        const auto b = builtIn.constFind(s.id);
        if (b != builtIn.cend() && s.targetLevel > 0)
            targeted.insert(b->specialisation);
    }
    for (const RoadmapTemplate::Specialisation &sp : std::as_const(m_builtIn.specialisations)) {
        auto *box = new QCheckBox(sp.name, page);
        box->setObjectName(u"specialisation_"_s + sp.key);
        box->setChecked(targeted.contains(sp.key));
        layout->addWidget(box);
        auto *about = plainLabel(sp.description, page);
        about->setContentsMargins(24, 0, 0, 6);
        about->setEnabled(false);
        layout->addWidget(about);
        m_specialisations.insert(sp.key, box);
    }
    layout->addStretch();
    return page;
}

QWizardPage *OnboardingWizard::createAssessmentPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Where you are now"));
    const QString intro = tr("For each stage, pick the level that fits most of its skills "
                             "today. It raises the skills below it, never above a skill's "
                             "target, and lowers nothing. Fine-tune single skills on the Skills "
                             "page.");
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    for (const RoadmapGroup &stage : std::as_const(m_roadmap.stages)) {
        auto *combo = new QComboBox(inner);
        combo->setObjectName(u"stageLevel_%1"_s.arg(m_stageLevels.size()));
        combo->addItem(tr("Leave as it is"), -1);
        for (int level = 0; level <= Skill::MaxLevel; ++level)
            //: level number, name and what it means, e.g. "3 Working: can use it without help"
            combo->addItem(tr("%1 %2: %3")
                               .arg(level)
                               .arg(SkillText::levelName(level), SkillText::levelMeaning(level)),
                           level);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        auto *label = plainLabel(stage.name, inner);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_stageLevels.insert(stage.id, combo);
    }
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plainLabel(intro, page));
    layout->addWidget(scroll);
    return page;
}

void OnboardingWizard::accept()
{
    // The fields were filled from what could be read: saving them over what could not would
    // blank the salary or put the built-in levels over the user's.
    if (!m_readError.isEmpty()) {
        Dialogs::warning(this, tr("Getting Started"),
                         tr("Your answers were not saved. %1").arg(m_readError));
        return;
    }
    QSqlDatabase db = m_context.database->connection();
    QString readError;
    const std::optional<Profile> profile = ProfileRepository(db).load(&readError);
    if (!profile) {
        Dialogs::warning(
            this, tr("Getting Started"),
            tr("Your answers were not saved: your profile cannot be read (%1).").arg(readError));
        return;
    }
    const std::optional<double> budget = SettingsRepository(db).doubleValue(
        QLatin1StringView(ApplyOnboardingCommand::BudgetKey), 10, &readError);
    if (!budget) { // Undo would put back a budget the file never held
        Dialogs::warning(this, tr("Getting Started"),
                         tr("Your answers were not saved: your weekly study budget cannot be "
                            "read (%1).")
                             .arg(readError));
        return;
    }
    ApplyOnboardingCommand::State before {*profile, *budget};
    ApplyOnboardingCommand::State after = before;
    after.profile.currentSalary = m_salary->value();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    // The one currency rule, as the profile editor and the importers apply it: a code that is
    // not one is said, not dropped while the other answers are saved.
    if (const QString problem = ProfileValidator::currencyProblem(currency); !problem.isEmpty()) {
        Dialogs::warning(this, tr("Getting Started"),
                         tr("Your answers were not saved. %1").arg(problem));
        m_currency->setFocus();
        return;
    }
    after.profile.currency = currency;
    after.weeklyBudgetHours = m_weeklyHours->value();

    OnboardingPlan::Answers answers;
    for (auto it = m_specialisations.cbegin(); it != m_specialisations.cend(); ++it) {
        if (it.value()->isChecked())
            answers.specialisations << it.key();
    }
    for (auto it = m_stageLevels.cbegin(); it != m_stageLevels.cend(); ++it) {
        const int level = it.value()->currentData().toInt();
        if (level >= 0)
            answers.stageLevels.insert(it.key(), level);
    }
    const auto changes = OnboardingPlan::changes(
        m_roadmap.skills, OnboardingPlan::builtInOf(m_roadmap.skills), answers);
    auto *command = new ApplyOnboardingCommand(m_context, before, after, changes);
    QString error;
    if (!command->apply(&error)) {
        delete command;
        Dialogs::warning(this, tr("Getting Started"),
                         tr("Your answers could not be saved: %1").arg(error));
        return;
    }
    m_context.undoStack->push(command);
    QWizard::accept();
}
