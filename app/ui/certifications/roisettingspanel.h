#pragma once

#include "common/settingspanel.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// Edit > Preferences > Certifications: the ROI assumptions kept in the workbench file.
class RoiSettingsPanel : public SettingsPanel
{
    Q_OBJECT
public:
    explicit RoiSettingsPanel(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Certifications"); }
    void load() override;
    bool save(QString *error) override;

private:
    void updateHourly();

    QSpinBox *m_horizon;
    QDoubleSpinBox *m_tax;
    QDoubleSpinBox *m_discount;
    QCheckBox *m_deriveHourly;
    QDoubleSpinBox *m_hourly;
    QLabel *m_derived;
    double m_salary = 0;
    QString m_currency;
};
