#include "applicationeditor.h"

#include "common/fieldproblems.h"
#include "common/optionaldateedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApplicationEditor::ApplicationEditor(const JobApplication &initial, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_company(new QLineEdit(this))
    , m_companyError(new QLabel(this))
    , m_role(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_applied(new OptionalDateEdit(this))
    , m_url(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(u"applicationEditor"_s);
    setWindowTitle(initial.id == 0 ? tr("Add Application") : tr("Edit Application"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_company->setObjectName(u"applicationCompanyEdit"_s);
    form->addRow(tr("&Company:"), m_company);
    m_companyError->setObjectName(u"applicationCompanyError"_s);
    FieldProblems::style(m_companyError);
    m_companyError->setText(tr("Enter the company you applied to."));
    form->addRow(QString(), m_companyError);
    m_role->setObjectName(u"applicationRoleEdit"_s);
    form->addRow(tr("&Role:"), m_role);
    m_source->setObjectName(u"applicationSourceEdit"_s);
    m_source->setPlaceholderText(tr("Job board, referral, recruiter ..."));
    form->addRow(tr("&Source:"), m_source);
    m_applied->setObjectName(u"appliedOnDate"_s);
    m_applied->setLabel(tr("Applied on:"));
    form->addRow(tr("Applied on:"), m_applied);
    m_url->setObjectName(u"postingUrlEdit"_s);
    m_url->setPlaceholderText(tr("https://"));
    form->addRow(tr("&Posting:"), m_url);
    m_notes->setObjectName(u"applicationNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplicationEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApplicationEditor::reject);
    layout->addWidget(buttons);

    m_company->setText(initial.company);
    m_role->setText(initial.role);
    m_source->setText(initial.source);
    m_applied->setDate(initial.id == 0 && !initial.appliedOn.isValid() ? QDate::currentDate()
                                                                       : initial.appliedOn);
    m_url->setText(initial.postingUrl);
    m_notes->setPlainText(initial.notes);
    connect(m_company, &QLineEdit::textChanged, this, &ApplicationEditor::refresh);
    refresh();
}

void ApplicationEditor::refresh()
{
    const bool missing = m_company->text().trimmed().isEmpty();
    m_companyError->setVisible(missing);
    m_save->setEnabled(!missing);
}

JobApplication ApplicationEditor::application() const
{
    JobApplication a = m_initial;
    a.company = m_company->text().trimmed();
    a.role = m_role->text().trimmed();
    a.source = m_source->text().trimmed();
    a.appliedOn = m_applied->date();
    a.postingUrl = m_url->text().trimmed();
    a.notes = m_notes->toPlainText();
    return a;
}
