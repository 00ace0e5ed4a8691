#pragma once

#include "domain/jobapplication.h"

#include <QDialog>

class OptionalDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Adds or edits a job application: company, role, where it was found, the day applied, the
// posting's address and notes. The company is required (shown beside the field).
class ApplicationEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ApplicationEditor(const JobApplication &initial, QWidget *parent = nullptr);

    JobApplication application() const;

private:
    void refresh();

    JobApplication m_initial;
    QLineEdit *m_company;
    QLabel *m_companyError;
    QLineEdit *m_role;
    QLineEdit *m_source;
    OptionalDateEdit *m_applied;
    QLineEdit *m_url;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
};
