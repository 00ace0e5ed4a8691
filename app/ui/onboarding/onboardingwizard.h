#pragma once

#include "common/workbenchcontext.h"
#include "domain/roadmap.h"
#include "domain/roadmaptemplate.h"

#include <QHash>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

// The first-run guide, shown on a new workbench and again from Help: salary and currency,
// weekly study hours, the specialisations aimed for (only those become targets) and a quick
// self-assessment per stage, so the first projection is one to believe. Skippable at every
// step; what it sets is one undoable edit.
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    explicit OnboardingWizard(const WorkbenchContext &context, QWidget *parent = nullptr);

    // Opens the guide window-modally on PARENT and deletes it when closed.
    static OnboardingWizard *showFor(const WorkbenchContext &context, QWidget *parent);

    void accept() override;

private:
    QWizardPage *createStartPage();
    QWizardPage *createSpecialisationPage();
    QWizardPage *createAssessmentPage();

    WorkbenchContext m_context;
    Roadmap m_roadmap;
    RoadmapTemplate m_builtIn;
    // Why the profile or roadmap could not be read (empty: they could); then nothing is saved.
    QString m_readError;
    QDoubleSpinBox *m_salary = nullptr;
    QComboBox *m_currency = nullptr;
    QDoubleSpinBox *m_weeklyHours = nullptr;
    QHash<QString, QCheckBox *> m_specialisations; // by key
    QHash<qint64, QComboBox *> m_stageLevels; // by stage id
};
