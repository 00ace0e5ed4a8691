#include "certificationeditor.h"

#include "calc/money.h"
#include "certificationsmodel.h"
#include "common/fieldproblems.h"
#include "common/optionaldateedit.h"
#include "common/skilllinkwidget.h"
#include "domain/certificationvalidator.h"
#include "domain/hourstext.h"
#include "io/certificationcatalogue.h"
#include "roipreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Fields and the tab they are on, in the order a summary names them.
const QStringList DetailsFields = {u"name"_s, u"examDate"_s, u"earnedDate"_s, u"expiresDate"_s};
} // namespace

CertificationEditor::CertificationEditor(const Certification &initial,
                                         const CertificationsModel *model,
                                         const QList<CertificationRepository::SkillChoice> &skills,
                                         QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_initial(initial)
    , m_problems(this)
{
    setObjectName(u"certificationEditor"_s);
    setWindowTitle(initial.id == 0 ? tr("Add Certification") : tr("Edit %1").arg(initial.name));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->addTab(createDetailsTab(), tr("Details"));
    m_tabs->addTab(createCostsTab(), tr("Costs and Return"));
    m_skills = new SkillLinkWidget(
        skills, tr("Earning this certification counts as evidence for the skills you tick."), this);
    m_tabs->addTab(m_skills, tr("Skills Covered"));
    layout->addWidget(m_tabs, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"editorSummary"_s);
    FieldProblems::style(m_summary);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificationEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificationEditor::reject);
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
    for (QLineEdit *e : {m_name, m_currency})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QDoubleSpinBox *s :
         {m_examCost, m_materialsCost, m_otherCost, m_renewalCost, m_plannedHours, m_uplift})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_renewalPeriod, &QSpinBox::valueChanged, this, changed);
    for (OptionalDateEdit *d : {m_started, m_exam, m_earned, m_expires})
        connect(d, &OptionalDateEdit::dateChanged, this, changed);
    connect(m_upliftMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_preview, &RoiPreview::assumptionsChanged, this, changed);
    refresh();
    // Typing starts in the name; Tab walks the form, Enter saves, Escape cancels.
    m_name->setFocus();
}

QDoubleSpinBox *CertificationEditor::moneySpin(const QString &objectName)
{
    auto *s = new QDoubleSpinBox(this);
    s->setObjectName(objectName);
    // Negative values are let in so that a slip is shown and refused, not silently zeroed.
    s->setRange(-1e9, 1e9);
    s->setDecimals(2);
    s->setGroupSeparatorShown(true);
    s->setAlignment(Qt::AlignRight);
    return s;
}

QWidget *CertificationEditor::createDetailsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_problems.row(m_name, u"name"_s, FieldProblems::Place::Beside));
    m_issuer = new QLineEdit(page);
    m_issuer->setObjectName(u"issuerEdit"_s);
    form->addRow(tr("&Issuer:"), m_issuer);
    m_status = new QComboBox(page);
    m_status->setObjectName(u"statusCombo"_s);
    for (Certification::Status s : Certification::allStatuses())
        m_status->addItem(Certification::statusName(s), int(s));
    form->addRow(tr("&Status:"), m_status);
    m_url = new QLineEdit(page);
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(tr("https://"));
    form->addRow(tr("&Web page:"), m_url);
    m_credential = new QLineEdit(page);
    m_credential->setObjectName(u"credentialEdit"_s);
    form->addRow(tr("&Credential ID:"), m_credential);

    m_started = new OptionalDateEdit(page);
    m_started->setObjectName(u"startedDate"_s);
    form->addRow(tr("Started studying:"), m_started);
    m_started->setLabel(tr("Started studying:"));
    m_exam = new OptionalDateEdit(page);
    m_exam->setObjectName(u"examDate"_s);
    form->addRow(tr("Exam date:"),
                 m_problems.row(m_exam, u"examDate"_s, FieldProblems::Place::Beside));
    m_exam->setLabel(tr("Exam date:"));
    m_earned = new OptionalDateEdit(page);
    m_earned->setObjectName(u"earnedDate"_s);
    form->addRow(tr("Earned on:"),
                 m_problems.row(m_earned, u"earnedDate"_s, FieldProblems::Place::Beside));
    m_earned->setLabel(tr("Earned on:"));
    m_expires = new OptionalDateEdit(page);
    m_expires->setObjectName(u"expiresDate"_s);
    form->addRow(tr("Expires on:"),
                 m_problems.row(m_expires, u"expiresDate"_s, FieldProblems::Place::Beside));
    m_expires->setLabel(tr("Expires on:"));

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

QWidget *CertificationEditor::createCostsTab()
{
    auto *page = new QWidget(this);
    auto *h = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    h->addLayout(left, 3);
    if (!m_initial.catalogueKey.isEmpty()) {
        // Catalogue values are estimates: say when they were written down.
        const QDate writtenOn = CertificationCatalogue::builtIn().writtenOn;
        auto *estimate = new QLabel(
            tr("Costs and hours started from the catalogue's estimates, written down on %1. "
               "Check them against the issuer's page; your values are kept as you enter them.")
                .arg(QLocale().toString(writtenOn, QLocale::LongFormat)),
            page);
        estimate->setObjectName(u"catalogueEstimateNote"_s);
        estimate->setWordWrap(true);
        left->addWidget(estimate);
    }
    auto *form = new QFormLayout;
    left->addLayout(form);
    left->addStretch(1);

    m_currency = new QLineEdit(page);
    m_currency->setObjectName(u"currencyEdit"_s);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_currency));
    m_currency->setPlaceholderText(tr("%1 (your profile's)").arg(m_model->profileMoney().currency));
    m_currency->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 14);
    form->addRow(tr("C&urrency:"),
                 m_problems.row(m_currency, u"currency"_s, FieldProblems::Place::Beside));

    m_examCost = moneySpin(u"examCostSpin"_s);
    form->addRow(tr("&Exam fee:"),
                 m_problems.row(m_examCost, u"examCost"_s, FieldProblems::Place::Beside));
    m_materialsCost = moneySpin(u"materialsCostSpin"_s);
    form->addRow(tr("&Materials:"),
                 m_problems.row(m_materialsCost, u"materialsCost"_s, FieldProblems::Place::Beside));
    m_otherCost = moneySpin(u"otherCostSpin"_s);
    form->addRow(tr("O&ther costs:"),
                 m_problems.row(m_otherCost, u"otherCost"_s, FieldProblems::Place::Beside));
    m_renewalCost = moneySpin(u"renewalCostSpin"_s);
    form->addRow(tr("&Renewal fee:"),
                 m_problems.row(m_renewalCost, u"renewalCost"_s, FieldProblems::Place::Beside));
    m_renewalPeriod = new QSpinBox(page);
    m_renewalPeriod->setObjectName(u"renewalPeriodSpin"_s);
    m_renewalPeriod->setRange(0, 240);
    m_renewalPeriod->setSpecialValueText(tr("Never"));
    m_renewalPeriod->setSuffix(tr(" months"));
    m_renewalPeriod->setAlignment(Qt::AlignRight);
    form->addRow(tr("Renewed every:"), m_renewalPeriod);

    m_plannedHours = moneySpin(u"plannedHoursSpin"_s);
    m_plannedHours->setRange(-1e6, 1e6);
    m_plannedHours->setDecimals(1);
    m_plannedHours->setSuffix(HoursText::spinSuffix());
    form->addRow(tr("&Planned study:"),
                 m_problems.row(m_plannedHours, u"plannedHours"_s, FieldProblems::Place::Beside));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"studyProgress"_s);
    m_progress->setRange(0, 1000);
    form->addRow(tr("Logged so far:"), m_progress);

    m_upliftMode = new QComboBox(page);
    m_upliftMode->setObjectName(u"upliftModeCombo"_s);
    m_upliftMode->addItem(tr("Not estimated"), int(Uplift::None));
    m_upliftMode->addItem(tr("Amount a year"), int(Uplift::Amount));
    m_upliftMode->addItem(tr("% of current salary"), int(Uplift::Percent));
    m_uplift = moneySpin(u"upliftSpin"_s);
    auto *upliftRow = new QWidget(page);
    auto *uh = new QHBoxLayout(upliftRow);
    uh->setContentsMargins(0, 0, 0, 0);
    uh->addWidget(m_upliftMode);
    uh->addWidget(m_uplift, 1);
    form->addRow(tr("Expected salary &uplift:"),
                 m_problems.row(upliftRow, u"uplift"_s, FieldProblems::Place::Beside));

    m_preview = new RoiPreview(m_model->assumptions(), page);
    h->addWidget(m_preview, 2);
    return page;
}

void CertificationEditor::load(const Certification &c)
{
    m_name->setText(c.name);
    m_issuer->setText(c.issuer);
    m_url->setText(c.url);
    m_credential->setText(c.credentialId);
    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    m_started->setDate(c.startedOn);
    m_exam->setDate(c.examOn);
    m_earned->setDate(c.earnedOn);
    m_expires->setDate(c.expiresOn);
    m_notes->setPlainText(c.notes);
    m_currency->setText(c.currency);
    m_examCost->setValue(c.examCost);
    m_materialsCost->setValue(c.materialsCost);
    m_otherCost->setValue(c.otherCost);
    m_renewalCost->setValue(c.renewalCost);
    m_renewalPeriod->setValue(c.renewalPeriodMonths);
    m_plannedHours->setValue(c.plannedHours);
    if (c.upliftAmount) {
        m_upliftMode->setCurrentIndex(m_upliftMode->findData(int(Uplift::Amount)));
        m_uplift->setValue(*c.upliftAmount);
    } else if (c.upliftPercent) {
        m_upliftMode->setCurrentIndex(m_upliftMode->findData(int(Uplift::Percent)));
        m_uplift->setValue(*c.upliftPercent);
    } else {
        m_upliftMode->setCurrentIndex(m_upliftMode->findData(int(Uplift::None)));
    }
    m_skills->setChecked(c.skillIds);
}

Certification CertificationEditor::certification() const
{
    Certification c = m_initial;
    c.name = m_name->text().trimmed();
    c.issuer = m_issuer->text().trimmed();
    c.url = m_url->text().trimmed();
    c.credentialId = m_credential->text().trimmed();
    c.status = Certification::Status(m_status->currentData().toInt());
    c.startedOn = m_started->date();
    c.examOn = m_exam->date();
    c.earnedOn = m_earned->date();
    c.expiresOn = m_expires->date();
    c.notes = m_notes->toPlainText();
    c.currency = m_currency->text().trimmed().toUpper();
    c.examCost = m_examCost->value();
    c.materialsCost = m_materialsCost->value();
    c.otherCost = m_otherCost->value();
    c.renewalCost = m_renewalCost->value();
    c.renewalPeriodMonths = m_renewalPeriod->value();
    c.plannedHours = m_plannedHours->value();
    c.upliftAmount.reset();
    c.upliftPercent.reset();
    switch (Uplift(m_upliftMode->currentData().toInt())) {
    case Uplift::None:
        break;
    case Uplift::Amount:
        c.upliftAmount = m_uplift->value();
        break;
    case Uplift::Percent:
        c.upliftPercent = m_uplift->value();
        break;
    }
    c.skillIds = m_skills->checked();
    return c;
}

QHash<QString, QString> CertificationEditor::problems() const
{
    // The rules are the certification's (core), the same an import checks.
    // The editor's date fields are named after their widgets.
    static const QHash<QString, QString> names = {{u"examOn"_s, u"examDate"_s},
                                                  {u"earnedOn"_s, u"earnedDate"_s},
                                                  {u"expiresOn"_s, u"expiresDate"_s}};
    QHash<QString, QString> p;
    const Problems problems = CertificationValidator::validate(certification());
    for (const FieldProblem &problem : problems.list()) {
        const QString field = names.value(problem.field, problem.field);
        if (!p.contains(field))
            p.insert(field, problem.message);
    }
    return p;
}

void CertificationEditor::updateCurrencySuffixes()
{
    const QString code = m_currency->text().trimmed().toUpper();
    const QString currency = Money::isValidCode(code) ? code : m_model->profileMoney().currency;
    const QString suffix = u" "_s + currency;
    for (QDoubleSpinBox *s : {m_examCost, m_materialsCost, m_otherCost, m_renewalCost})
        s->setSuffix(suffix);
    const Uplift mode = Uplift(m_upliftMode->currentData().toInt());
    m_uplift->setEnabled(mode != Uplift::None);
    m_uplift->setSuffix(mode == Uplift::Percent ? tr(" %") : suffix);
}

void CertificationEditor::refresh()
{
    updateCurrencySuffixes();
    QHash<QString, QString> p = problems();
    m_save->setEnabled(p.isEmpty());
    if (!m_nameTouched)
        p.remove(u"name"_s);
    m_problems.show(p);
    if (p.isEmpty()) {
        m_summary->clear();
    } else {
        QStringList tabs;
        for (const QString &field : p.keys()) {
            const QString tab = m_tabs->tabText(DetailsFields.contains(field) ? 0 : 1).remove(u'&');
            if (!tabs.contains(tab))
                tabs.append(tab);
        }
        tabs.sort();
        m_summary->setText(tr("Fix the marked fields before saving (%1).").arg(tabs.join(u", "_s)));
    }

    const Certification c = certification();
    const double planned = c.plannedHours;
    m_progress->setValue(planned > 0 ? int(qBound(0.0, c.loggedHours / planned, 1.0) * 1000) : 0);
    m_progress->setFormat(tr("%1 of %2")
                              .arg(HoursText::abbreviated(c.loggedHours),
                                   HoursText::abbreviated(qMax(planned, 0.0))));
    const QString currency = m_model->currencyOf(c);
    m_preview->showFor(m_model->inputsFor(c), currency, m_model->profileMoney().currency);
    m_preview->setMixedCurrencyNote(m_model->mixesCurrencies(c, m_preview->result())
                                        ? m_model->mixedCurrencyNote(currency)
                                        : QString());
}

void CertificationEditor::accept()
{
    m_nameTouched = true;
    refresh();
    const QHash<QString, QString> p = problems();
    if (!p.isEmpty()) {
        // Show the first tab with a bad field.
        bool detailsBad = false;
        for (const QString &field : p.keys())
            detailsBad = detailsBad || DetailsFields.contains(field);
        m_tabs->setCurrentIndex(detailsBad ? 0 : 1);
        return;
    }
    QDialog::accept();
}
