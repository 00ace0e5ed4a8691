#pragma once

#include "common/settingspanel.h"

class QDoubleSpinBox;

// Edit > Preferences > Skills: the weekly study budget and the hours one level takes, which
// date each stage's projected completion.
class SkillsSettingsPanel : public SettingsPanel
{
    Q_OBJECT
public:
    explicit SkillsSettingsPanel(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Skills"); }
    void load() override;
    bool save(QString *error) override;

private:
    QDoubleSpinBox *m_budget;
    QDoubleSpinBox *m_hoursPerLevel;
};
