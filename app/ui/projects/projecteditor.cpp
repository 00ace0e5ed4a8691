#include "projecteditor.h"

#include "common/fieldproblems.h"
#include "common/optionaldateedit.h"
#include "common/skilllinkwidget.h"
#include "domain/projectvalidator.h"
#include "metricseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectEditor::ProjectEditor(const Project &initial,
                             const QList<CertificationRepository::SkillChoice> &skills,
                             QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_problems(this)
{
    setObjectName(u"projectEditor"_s);
    setWindowTitle(initial.id == 0 ? tr("Add Project") : tr("Edit %1").arg(initial.name));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->addTab(createStoryTab(), tr("Story"));
    m_tabs->addTab(createDetailsTab(), tr("Details and Links"));
    m_tabs->addTab(createResultsTab(), tr("Results"));
    m_skills = new SkillLinkWidget(skills,
                                   tr("The skills you tick count this project as evidence on "
                                      "the Skills page."),
                                   this);
    m_tabs->addTab(m_skills, tr("Skills Used"));
    layout->addWidget(m_tabs, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"editorSummary"_s);
    FieldProblems::style(m_summary);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectEditor::reject);
    layout->addWidget(buttons);

    load(initial);

    m_nameTouched = !initial.name.isEmpty();
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        refresh();
    });
    const auto changed = [this] {
        refresh();
    };
    for (QLineEdit *e : {m_name, m_pitch, m_repository, m_demo, m_industry, m_company})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (OptionalDateEdit *d : {m_started, m_finished})
        connect(d, &OptionalDateEdit::dateChanged, this, changed);
    connect(m_metrics, &MetricsEditor::changed, this, changed);
    refresh();
    // The text fields would ask for far more height than a laptop screen has: they scroll.
    resize(QSize(720, 560));
    m_name->setFocus();
}

QLineEdit *ProjectEditor::lineEdit(const QString &objectName, const QString &accessibleName)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    return e;
}

QPlainTextEdit *ProjectEditor::textEdit(const QString &objectName, const QString &accessibleName)
{
    auto *e = new QPlainTextEdit(this);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    return e;
}

QWidget *ProjectEditor::createStoryTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = lineEdit(u"nameEdit"_s, tr("Title"));
    form->addRow(tr("&Title:"), m_problems.row(m_name, u"name"_s));
    m_featured = new QCheckBox(tr("&Featured: listed first and shown in reports"), page);
    m_featured->setObjectName(u"featuredCheck"_s);
    form->addRow(QString(), m_featured);
    m_pitch = lineEdit(u"pitchEdit"_s, tr("Pitch"));
    m_pitch->setPlaceholderText(tr("One line: what it does and for whom"));
    form->addRow(tr("&Pitch:"), m_problems.row(m_pitch, u"pitch"_s));
    m_problem = textEdit(u"problemEdit"_s, tr("Problem"));
    form->addRow(tr("Pro&blem:"), m_problem);
    m_industry = lineEdit(u"industryEdit"_s, tr("Target industry"));
    form->addRow(tr("Target &industry:"), m_industry);
    m_company = lineEdit(u"companyEdit"_s, tr("Target company"));
    form->addRow(tr("Target &company:"), m_company);
    m_approach = textEdit(u"approachEdit"_s, tr("Approach"));
    form->addRow(tr("&Approach:"), m_approach);
    m_architecture = textEdit(u"architectureEdit"_s, tr("Architecture and data flow"));
    form->addRow(tr("Architect&ure and data flow:"), m_architecture);
    return page;
}

QWidget *ProjectEditor::createDetailsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_dataset = textEdit(u"datasetEdit"_s, tr("Dataset"));
    form->addRow(tr("&Dataset:"), m_dataset);
    m_role = lineEdit(u"roleEdit"_s, tr("Role"));
    m_role->setPlaceholderText(tr("Sole developer, ML lead, ..."));
    form->addRow(tr("&Role(s):"), m_role);
    m_status = new QComboBox(page);
    m_status->setObjectName(u"statusCombo"_s);
    for (Project::Status s : Project::allStatuses())
        m_status->addItem(Project::statusName(s), int(s));
    form->addRow(tr("&Status:"), m_status);
    m_started = new OptionalDateEdit(page);
    m_started->setObjectName(u"startedDate"_s);
    m_started->setLabel(tr("Started"));
    form->addRow(tr("S&tarted:"), m_problems.row(m_started, u"startedOn"_s));
    m_finished = new OptionalDateEdit(page);
    m_finished->setObjectName(u"finishedDate"_s);
    m_finished->setLabel(tr("Finished"));
    form->addRow(tr("&Finished:"), m_problems.row(m_finished, u"finishedOn"_s));
    m_repository = lineEdit(u"repositoryEdit"_s, tr("Repository URL"));
    m_repository->setPlaceholderText(u"https://github.com/..."_s);
    form->addRow(tr("Re&pository URL:"), m_problems.row(m_repository, u"repositoryUrl"_s));
    m_demo = lineEdit(u"demoEdit"_s, tr("Demo URL"));
    m_demo->setPlaceholderText(u"https://..."_s);
    form->addRow(tr("De&mo URL:"), m_problems.row(m_demo, u"demoUrl"_s));
    return page;
}

QWidget *ProjectEditor::createResultsTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_metrics = new MetricsEditor(page);
    m_metrics->setObjectName(u"metricsEditor"_s);
    v->addWidget(m_metrics, 2);
    auto *label = new QLabel(tr("&Highlights, one per line:"), page);
    v->addWidget(label);
    m_highlights = textEdit(u"highlightsEdit"_s, tr("Highlights"));
    label->setBuddy(m_highlights);
    v->addWidget(m_highlights, 1);
    return page;
}

void ProjectEditor::load(const Project &p)
{
    m_name->setText(p.name);
    m_featured->setChecked(p.featured);
    m_pitch->setText(p.pitch);
    m_problem->setPlainText(p.problem);
    m_industry->setText(p.targetIndustry);
    m_company->setText(p.targetCompany);
    m_approach->setPlainText(p.approach);
    m_architecture->setPlainText(p.architectureNotes);
    m_dataset->setPlainText(p.dataset);
    m_role->setText(p.role);
    m_status->setCurrentIndex(m_status->findData(int(p.status)));
    m_started->setDate(p.startedOn);
    m_finished->setDate(p.finishedOn);
    m_repository->setText(p.repositoryUrl);
    m_demo->setText(p.demoUrl);
    m_metrics->setMetrics(p.metrics);
    m_highlights->setPlainText(p.highlights);
    m_skills->setChecked(p.skillIds);
}

Project ProjectEditor::project() const
{
    Project p = m_initial;
    p.name = m_name->text().trimmed();
    p.featured = m_featured->isChecked();
    p.pitch = m_pitch->text().trimmed();
    p.problem = m_problem->toPlainText().trimmed();
    p.targetIndustry = m_industry->text().trimmed();
    p.targetCompany = m_company->text().trimmed();
    p.approach = m_approach->toPlainText().trimmed();
    p.architectureNotes = m_architecture->toPlainText().trimmed();
    p.dataset = m_dataset->toPlainText().trimmed();
    p.role = m_role->text().trimmed();
    p.status = Project::Status(m_status->currentData().toInt());
    p.startedOn = m_started->date();
    p.finishedOn = m_finished->date();
    p.repositoryUrl = m_repository->text().trimmed();
    p.demoUrl = m_demo->text().trimmed();
    p.metrics = m_metrics->metrics();
    p.highlights = m_highlights->toPlainText().trimmed();
    p.skillIds = m_skills->checked();
    return p;
}

QMap<QString, QString> ProjectEditor::problems() const
{
    return ProjectValidator::problems(project());
}

ProjectEditor::Tab ProjectEditor::tabOf(const QString &field)
{
    if (field.startsWith("metrics."_L1))
        return ResultsTab;
    if (field == "name"_L1 || field == "pitch"_L1)
        return StoryTab;
    return DetailsTab;
}

void ProjectEditor::refresh()
{
    QMap<QString, QString> p = problems();
    m_save->setEnabled(p.isEmpty());
    if (!m_nameTouched)
        p.remove(u"name"_s);
    m_problems.show(p);
    m_metrics->setProblems(p);
    if (p.isEmpty()) {
        m_summary->clear();
        return;
    }
    QStringList tabs;
    for (const QString &field : p.keys()) {
        const QString tab = m_tabs->tabText(tabOf(field)).remove(u'&');
        if (!tabs.contains(tab))
            tabs.append(tab);
    }
    m_summary->setText(tr("Fix the marked fields before saving (%1).").arg(tabs.join(u", "_s)));
}

void ProjectEditor::accept()
{
    m_nameTouched = true;
    refresh();
    const QMap<QString, QString> p = problems();
    if (!p.isEmpty()) {
        m_tabs->setCurrentIndex(tabOf(p.firstKey()));
        return;
    }
    QDialog::accept();
}
