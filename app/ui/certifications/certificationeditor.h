#pragma once

#include "common/fieldproblems.h"
#include "db/certificationrepository.h"
#include "domain/certification.h"

#include <QDialog>
#include <QHash>

class CertificationsModel;
class OptionalDateEdit;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class RoiPreview;
class SkillLinkWidget;

// Adds or edits one certification. Bad values (negative money or hours, dates out of order,
// no name) get a message beside the field and keep Save disabled; nothing is written here:
// the caller pushes an undo command with certification() once the dialog is accepted.
class CertificationEditor : public QDialog
{
    Q_OBJECT
public:
    CertificationEditor(const Certification &initial, const CertificationsModel *model,
                        const QList<CertificationRepository::SkillChoice> &skills,
                        QWidget *parent = nullptr);

    // The values in the form (id, logged hours and position as given).
    Certification certification() const;
    // Field name -> message for every bad field; empty when the form can be saved.
    QHash<QString, QString> problems() const;

    void accept() override;

private:
    enum class Uplift { None, Amount, Percent };

    QWidget *createDetailsTab();
    QWidget *createCostsTab();
    QDoubleSpinBox *moneySpin(const QString &objectName);
    void load(const Certification &c);
    void refresh();
    void updateCurrencySuffixes();

    const CertificationsModel *m_model;
    Certification m_initial;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_credential = nullptr;
    QComboBox *m_status = nullptr;
    OptionalDateEdit *m_started = nullptr;
    OptionalDateEdit *m_exam = nullptr;
    OptionalDateEdit *m_earned = nullptr;
    OptionalDateEdit *m_expires = nullptr;
    QPlainTextEdit *m_notes = nullptr;

    QLineEdit *m_currency = nullptr;
    QDoubleSpinBox *m_examCost = nullptr;
    QDoubleSpinBox *m_materialsCost = nullptr;
    QDoubleSpinBox *m_otherCost = nullptr;
    QDoubleSpinBox *m_renewalCost = nullptr;
    QSpinBox *m_renewalPeriod = nullptr;
    QDoubleSpinBox *m_plannedHours = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_upliftMode = nullptr;
    QDoubleSpinBox *m_uplift = nullptr;
    RoiPreview *m_preview = nullptr;
    SkillLinkWidget *m_skills = nullptr;

    FieldProblems m_problems; // field name -> its message beside the field
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    // A new, empty form does not complain about the missing name until the user has typed
    // in it or tried to save; Save stays disabled either way.
    bool m_nameTouched = false;
};
