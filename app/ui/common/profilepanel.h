#pragma once

#include "fieldproblems.h"
#include "settingspanel.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Preferences > Profile: who you are, your salary and currency (ROI uses them), target role.
class ProfilePanel : public SettingsPanel
{
    Q_OBJECT
public:
    explicit ProfilePanel(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Profile"); }
    void load() override;
    bool save(QString *error) override;

private:
    QLineEdit *m_name;
    QLineEdit *m_headline;
    QLineEdit *m_targetRole;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_website;
    QLineEdit *m_location;
    QPlainTextEdit *m_summary;
    QDoubleSpinBox *m_salary;
    QComboBox *m_currency;
    FieldProblems m_problems;
};
