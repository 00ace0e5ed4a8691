#pragma once

#include "calc/roicalculator.h"
#include "domain/roiassumptions.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// The editor's what-if panel: ROI, payback and NPV for the values in the form, recomputed as
// they change. Its tax rate and horizon start at the stored assumptions and are for trying
// out only; they are never saved.
class RoiPreview : public QGroupBox
{
    Q_OBJECT
public:
    explicit RoiPreview(const RoiAssumptions &assumptions, QWidget *parent = nullptr);

    // Shows the result for BASE with this panel's tax rate and horizon; money in CURRENCY,
    // the time cost (and an uplift as a share of salary) in SALARYCURRENCY.
    void showFor(RoiCalculator::Inputs base, const QString &currency,
                 const QString &salaryCurrency = QString());
    RoiCalculator::Result result() const { return m_result; }
    void setMixedCurrencyNote(const QString &text);

signals:
    // The user changed the what-if tax rate or horizon.
    void assumptionsChanged();

private:
    QDoubleSpinBox *m_tax;
    QSpinBox *m_horizon;
    QLabel *m_totalCost;
    QLabel *m_timeCost;
    QLabel *m_benefit;
    QLabel *m_roi;
    QLabel *m_payback;
    QLabel *m_npv;
    QLabel *m_valuePerHour;
    QLabel *m_mixedCurrency;
    RoiCalculator::Result m_result;
    double m_discountRate = RoiAssumptions::DefaultDiscountRate;
};
