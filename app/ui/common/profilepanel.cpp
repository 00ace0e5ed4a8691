#include "profilepanel.h"

#include "db/database.h"
#include "db/profilerepository.h"
#include "domain/profilevalidator.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

ProfilePanel::ProfilePanel(const WorkbenchContext &context, QWidget *parent)
    : SettingsPanel(context, parent)
    , m_name(new QLineEdit(this))
    , m_headline(new QLineEdit(this))
    , m_targetRole(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_salary(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_problems(this)
{
    setObjectName(u"profilePanel"_s);
    m_name->setObjectName(u"profileName"_s);
    m_salary->setObjectName(u"profileSalary"_s);
    m_currency->setObjectName(u"profileCurrency"_s);
    m_headline->setPlaceholderText(tr("e.g. Backend engineer moving into AI engineering"));
    m_targetRole->setPlaceholderText(tr("e.g. AI Engineer"));
    m_salary->setRange(0, 100'000'000);
    m_salary->setDecimals(0);
    m_salary->setSingleStep(1000);
    m_salary->setGroupSeparatorShown(true);
    m_currency->setEditable(true);
    // The form label names the combo box; its edit field is a control of its own.
    m_currency->lineEdit()->setAccessibleName(tr("Currency"));
    m_currency->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"CAD"_s, u"AUD"_s, u"INR"_s,
                          u"JPY"_s, u"SEK"_s, u"PLN"_s});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), this));
    m_currency->setToolTip(tr("Three-letter ISO 4217 code, e.g. USD or EUR."));
    m_summary->setTabChangesFocus(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Target role:"), m_targetRole);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_problems.label(u"email"_s, u"profileEmailError"_s));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Current sala&ry (a year):"), m_salary);
    form->addRow(QString(), m_problems.label(u"currentSalary"_s, u"profileSalaryError"_s));
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), m_problems.label(u"currency"_s, u"profileCurrencyError"_s));
}

void ProfilePanel::load()
{
    QString error;
    const std::optional<Profile> stored
        = ProfileRepository(m_context.database->connection()).load(&error);
    setReadError(stored ? QString() : tr("The profile cannot be read: %1").arg(error));
    const Profile p = stored.value_or(Profile());
    m_name->setText(p.name);
    m_headline->setText(p.headline);
    m_targetRole->setText(p.targetRole);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_website->setText(p.website);
    m_location->setText(p.location);
    m_summary->setPlainText(p.summary);
    m_salary->setValue(p.currentSalary);
    m_currency->setCurrentText(p.currency);
    // Show the start of long values, not the end where setText leaves the cursor.
    for (QLineEdit *edit :
         {m_name, m_headline, m_targetRole, m_email, m_phone, m_website, m_location})
        edit->setCursorPosition(0);
}

bool ProfilePanel::save(QString *error)
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.headline = m_headline->text().trimmed();
    p.targetRole = m_targetRole->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.website = m_website->text().trimmed();
    p.location = m_location->text().trimmed();
    p.summary = m_summary->toPlainText().trimmed();
    p.currentSalary = m_salary->value();
    p.currency = m_currency->currentText().trimmed().toUpper();
    // The profile's rules (core), the same the contact editor and the importers use.
    const Problems problems = ProfileValidator::validate(p);
    m_problems.show(problems);
    if (!problems.ok()) {
        const FieldProblem &first = problems.list().first();
        *error = tr("Profile: %1").arg(first.message);
        if (first.field == "email"_L1)
            m_email->setFocus();
        else if (first.field == "currentSalary"_L1)
            m_salary->setFocus();
        else
            m_currency->setFocus();
        return false;
    }
    QString dbError;
    if (!ProfileRepository(m_context.database->connection()).save(p, &dbError)) {
        *error = tr("The profile could not be saved: %1").arg(dbError);
        return false;
    }
    return true;
}
