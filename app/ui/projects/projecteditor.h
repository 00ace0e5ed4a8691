#pragma once

#include "common/fieldproblems.h"
#include "db/certificationrepository.h"
#include "domain/project.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class MetricsEditor;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class SkillLinkWidget;

// Adds or edits one project: its story, details and links, measured results with live impact
// lines, highlights, and the roadmap skills it uses. ProjectValidator's problems are shown
// beside the fields and keep Save disabled; nothing is written here: the caller pushes an
// undo command with project() once the dialog is accepted.
class ProjectEditor : public QDialog
{
    Q_OBJECT
public:
    enum Tab { StoryTab, DetailsTab, ResultsTab, SkillsTab };

    ProjectEditor(const Project &initial, const QList<CertificationRepository::SkillChoice> &skills,
                  QWidget *parent = nullptr);

    // The values in the form (id, position and scan as given).
    Project project() const;
    // Field name -> problem (ProjectValidator); empty when the form can be saved.
    QMap<QString, QString> problems() const;

    MetricsEditor *metricsEditor() const { return m_metrics; }
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    QWidget *createStoryTab();
    QWidget *createDetailsTab();
    QWidget *createResultsTab();
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName);
    QPlainTextEdit *textEdit(const QString &objectName, const QString &accessibleName);
    void load(const Project &p);
    void refresh();
    static Tab tabOf(const QString &field);

    Project m_initial;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_name = nullptr;
    QCheckBox *m_featured = nullptr;
    QLineEdit *m_pitch = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_company = nullptr;
    QPlainTextEdit *m_approach = nullptr;
    QPlainTextEdit *m_architecture = nullptr;

    QPlainTextEdit *m_dataset = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_status = nullptr;
    OptionalDateEdit *m_started = nullptr;
    OptionalDateEdit *m_finished = nullptr;
    QLineEdit *m_repository = nullptr;
    QLineEdit *m_demo = nullptr;

    MetricsEditor *m_metrics = nullptr;
    QPlainTextEdit *m_highlights = nullptr;
    SkillLinkWidget *m_skills = nullptr;

    FieldProblems m_problems; // field name -> its message under the field
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    // A new, empty form does not complain about the missing title until the user has typed
    // in it or tried to save; Save stays disabled either way.
    bool m_nameTouched = false;
};
