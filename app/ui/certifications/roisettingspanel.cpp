#include "roisettingspanel.h"

#include "calc/money.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/settingsrepository.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RoiSettingsPanel::RoiSettingsPanel(const WorkbenchContext &context, QWidget *parent)
    : SettingsPanel(context, parent)
    , m_horizon(new QSpinBox(this))
    , m_tax(new QDoubleSpinBox(this))
    , m_discount(new QDoubleSpinBox(this))
    , m_deriveHourly(new QCheckBox(this))
    , m_hourly(new QDoubleSpinBox(this))
    , m_derived(new QLabel(this))
{
    setObjectName(u"roiSettingsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How certifications are ranked by return. These assumptions are "
                                "kept in this workbench file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_horizon->setObjectName(u"roiHorizonSpin"_s);
    m_horizon->setRange(1, 40);
    m_horizon->setSuffix(tr(" years"));
    form->addRow(tr("&Horizon:"), m_horizon);
    m_tax->setObjectName(u"roiTaxSpin"_s);
    m_tax->setRange(0, 100);
    m_tax->setDecimals(1);
    m_tax->setSuffix(tr(" %"));
    form->addRow(tr("Income &tax rate:"), m_tax);
    m_discount->setObjectName(u"roiDiscountSpin"_s);
    m_discount->setRange(0, 100);
    m_discount->setDecimals(1);
    m_discount->setSuffix(tr(" % a year"));
    form->addRow(tr("&Discount rate:"), m_discount);
    m_deriveHourly->setObjectName(u"roiDeriveHourlyCheck"_s);
    m_deriveHourly->setText(tr("Derive from the current salary (salary / 2,080 hours)"));
    form->addRow(tr("Value of a study hour:"), m_deriveHourly);
    m_hourly->setObjectName(u"roiHourlySpin"_s);
    m_hourly->setRange(0, 1e6);
    m_hourly->setDecimals(2);
    m_hourly->setGroupSeparatorShown(true);
    form->addRow(QString(), m_hourly);
    m_derived->setObjectName(u"roiDerivedLabel"_s);
    m_derived->setWordWrap(true);
    form->addRow(QString(), m_derived);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_deriveHourly, &QCheckBox::toggled, this, &RoiSettingsPanel::updateHourly);
}

void RoiSettingsPanel::load()
{
    CertificationRepository repo(m_context.database->connection());
    QString error;
    const std::optional<RoiAssumptions> assumptions = repo.roiAssumptions(&error);
    const auto profileMoney = assumptions ? repo.profileMoney(&error) : std::nullopt;
    setReadError(profileMoney ? QString()
                              : tr("The certification assumptions cannot be read: %1").arg(error));
    const RoiAssumptions a = assumptions.value_or(RoiAssumptions());
    const CertificationRepository::ProfileMoney money
        = profileMoney.value_or(CertificationRepository::ProfileMoney {0, u"USD"_s});
    m_salary = money.currentSalary;
    m_currency = money.currency;
    m_horizon->setValue(qMax(1, a.horizonYears));
    m_tax->setValue(a.taxRate * 100);
    m_discount->setValue(a.discountRate * 100);
    m_deriveHourly->setChecked(!a.hourlyValue);
    m_hourly->setSuffix(u" "_s + m_currency);
    m_hourly->setValue(a.effectiveHourlyValue(m_salary));
    updateHourly();
}

void RoiSettingsPanel::updateHourly()
{
    const bool derive = m_deriveHourly->isChecked();
    m_hourly->setEnabled(!derive);
    if (derive) {
        m_hourly->setValue(RoiAssumptions().effectiveHourlyValue(m_salary));
        m_derived->setText(m_salary > 0
                               ? tr("Your profile's salary of %1 gives %2 an hour.")
                                     .arg(Money::format(m_salary, m_currency, QLocale(), 0),
                                          Money::format(m_hourly->value(), m_currency))
                               : tr("Your profile has no salary yet, so study time counts as "
                                    "free. Set a salary in the profile or a value here."));
    } else {
        m_derived->clear();
    }
}

bool RoiSettingsPanel::save(QString *error)
{
    SettingsRepository settings(m_context.database->connection());
    QString why;
    bool ok = storeIfChanged(RoiAssumptions::HorizonKey, m_horizon->value(),
                             RoiAssumptions::DefaultHorizonYears, &why)
        && storeIfChanged(RoiAssumptions::TaxRateKey, m_tax->value() / 100.0,
                          RoiAssumptions::DefaultTaxRate, &why)
        && storeIfChanged(RoiAssumptions::DiscountRateKey, m_discount->value() / 100.0,
                          RoiAssumptions::DefaultDiscountRate, &why);
    if (ok) {
        ok = m_deriveHourly->isChecked()
            ? settings.remove(RoiAssumptions::HourlyValueKey, &why)
            : settings.setValue(RoiAssumptions::HourlyValueKey, m_hourly->value(), &why);
    }
    if (!ok && error)
        *error = tr("The certification assumptions could not be saved: %1").arg(why);
    return ok;
}
