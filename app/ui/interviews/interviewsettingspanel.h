#pragma once

#include "common/settingspanel.h"

class QDoubleSpinBox;

// Edit > Preferences > Interviews: the score (1-5) readiness per format is measured against.
class InterviewSettingsPanel : public SettingsPanel
{
    Q_OBJECT
public:
    explicit InterviewSettingsPanel(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Interviews"); }
    void load() override;
    bool save(QString *error) override;

private:
    QDoubleSpinBox *m_target;
};
