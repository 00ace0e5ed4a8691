#include "roipreview.h"

#include "calc/money.h"
#include "domain/certificationtext.h"
#include "domain/hourstext.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

RoiPreview::RoiPreview(const RoiAssumptions &assumptions, QWidget *parent)
    : QGroupBox(tr("What if"), parent)
    , m_tax(new QDoubleSpinBox(this))
    , m_horizon(new QSpinBox(this))
    , m_totalCost(valueLabel(u"totalCostValue"_s, this))
    , m_timeCost(valueLabel(u"timeCostValue"_s, this))
    , m_benefit(valueLabel(u"benefitValue"_s, this))
    , m_roi(valueLabel(u"roiValue"_s, this))
    , m_payback(valueLabel(u"paybackValue"_s, this))
    , m_npv(valueLabel(u"npvValue"_s, this))
    , m_valuePerHour(valueLabel(u"valuePerHourValue"_s, this))
    , m_mixedCurrency(new QLabel(this))
{
    setObjectName(u"whatIfPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Try a different tax rate or horizon here: they are not saved. "
                               "The stored assumptions are in Edit > Preferences."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *form = new QFormLayout;
    m_tax->setObjectName(u"whatIfTaxSpin"_s);
    m_tax->setRange(0, 100);
    m_tax->setDecimals(1);
    m_tax->setSuffix(tr(" %"));
    m_tax->setValue(assumptions.taxRate * 100);
    form->addRow(tr("Income tax rate:"), m_tax);
    m_horizon->setObjectName(u"whatIfHorizonSpin"_s);
    m_horizon->setRange(0, 40);
    m_horizon->setSuffix(tr(" years"));
    m_horizon->setValue(assumptions.horizonYears);
    form->addRow(tr("Horizon:"), m_horizon);
    form->addRow(tr("Total cost:"), m_totalCost);
    form->addRow(tr("of which time cost:"), m_timeCost);
    form->addRow(tr("Benefit a year after tax:"), m_benefit);
    form->addRow(tr("ROI:"), m_roi);
    form->addRow(tr("Payback:"), m_payback);
    form->addRow(tr("NPV:"), m_npv);
    form->addRow(tr("Value per study hour:"), m_valuePerHour);
    m_valuePerHour->setToolTip(tr("What each study hour returns over the horizon after the "
                                  "exam, materials and renewals: compare it with the value of "
                                  "an hour of your time."));
    layout->addLayout(form);
    m_mixedCurrency->setObjectName(u"mixedCurrencyNote"_s);
    m_mixedCurrency->setWordWrap(true);
    m_mixedCurrency->hide();
    layout->addWidget(m_mixedCurrency);
    layout->addStretch(1);

    connect(m_tax, &QDoubleSpinBox::valueChanged, this, &RoiPreview::assumptionsChanged);
    connect(m_horizon, &QSpinBox::valueChanged, this, &RoiPreview::assumptionsChanged);
    m_discountRate = assumptions.discountRate;
}

void RoiPreview::showFor(RoiCalculator::Inputs base, const QString &currency,
                         const QString &salaryCurrency)
{
    base.taxRate = m_tax->value() / 100.0;
    base.horizonYears = m_horizon->value();
    base.discountRate = m_discountRate;
    m_result = RoiCalculator::calculate(base);
    const QLocale locale;
    const RoiCalculator::Result &r = m_result;
    if (!r.isValid()) {
        const QString why = CertificationText::refusal(r.refusal);
        for (QLabel *l : {m_totalCost, m_timeCost, m_benefit, m_payback, m_npv, m_valuePerHour})
            l->setText(QString());
        m_roi->setText(why);
        return;
    }
    // The value of a study hour and a salary-based uplift are in the salary's currency: show
    // them so, and a total that adds two currencies as its two parts.
    const QString timeCurrency = salaryCurrency.isEmpty() ? currency : salaryCurrency;
    const QString benefitCurrency
        = base.upliftPercent && !base.upliftAmount ? timeCurrency : currency;
    if (r.free)
        m_totalCost->setText(tr("free"));
    else if (timeCurrency != currency && r.timeCost > 0)
        m_totalCost->setText(
            tr("%1 + %2").arg(Money::format(r.cashCost + r.renewalCost, currency, locale),
                              Money::format(r.timeCost, timeCurrency, locale)));
    else
        m_totalCost->setText(Money::format(r.totalCost, currency, locale));
    m_timeCost->setText(tr("%1 (%2)").arg(Money::format(r.timeCost, timeCurrency, locale),
                                          HoursText::abbreviated(r.studyHours, locale)));
    m_benefit->setText(r.noPayback ? tr("none")
                                   : Money::format(r.annualBenefit, benefitCurrency, locale));
    m_roi->setText(CertificationText::roi(r, locale));
    m_payback->setText(CertificationText::payback(r, locale));
    m_npv->setText(Money::format(r.npv, currency, locale));
    m_valuePerHour->setText(r.valuePerStudyHour
                                ? Money::format(*r.valuePerStudyHour, currency, locale)
                                : tr("no study hours"));
}

void RoiPreview::setMixedCurrencyNote(const QString &text)
{
    m_mixedCurrency->setText(text);
    m_mixedCurrency->setVisible(!text.isEmpty());
}
