#pragma once

#include "common/fieldproblems.h"
#include "domain/interviewformat.h"
#include "domain/interviewquestion.h"
#include "domain/interviewsession.h"
#include "domain/interviewsessionvalidator.h"
#include "domain/jobapplication.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class TopicScoresWidget;

// Logs or edits one interview session: every field, with the core validator's problems shown
// beside the fields (Save waits until there are none), a format the user adds on the spot, and
// a search of the question bank while typing the questions asked.
class SessionEditor : public QDialog
{
    Q_OBJECT
public:
    struct Choices
    {
        QList<InterviewFormat> formats;
        QList<JobApplication> applications;
        QStringList topics;
        // The bank's questions holding a text (the store's search), shown while typing the
        // questions asked; none when not set. nullopt and the error when the bank cannot be
        // read: the editor says so beside the search.
        std::function<std::optional<QList<InterviewQuestion>>(const QString &text, QString *error)>
            searchBank;
    };
    // Adds a format called NAME (as an undo command); returns its key, or "" when refused.
    using AddFormat = std::function<QString(const QString &name)>;

    SessionEditor(const InterviewSession &initial, const Choices &choices, AddFormat addFormat,
                  QWidget *parent = nullptr);

    InterviewSession session() const;
    // The problems of what is entered now (empty: Save is enabled).
    QMap<InterviewSessionValidator::Field, QString> problems() const;

    void accept() override;

private:
    QWidget *createDetails();
    QWidget *createNotes();
    void load(const InterviewSession &s);
    void refresh();
    void addFormat();
    void applicationChosen();
    void searchBank();
    QLabel *errorLabel(InterviewSessionValidator::Field field, const QString &name);
    QWidget *withError(QWidget *widget, InterviewSessionValidator::Field field, const QString &name,
                       QWidget *extra = nullptr);

    InterviewSession m_initial;
    Choices m_choices;
    AddFormat m_addFormat;
    FieldProblems m_problems; // keyed by the Field's number

    QDateEdit *m_date;
    QCheckBox *m_hasTime;
    QTimeEdit *m_time;
    QComboBox *m_kind;
    QComboBox *m_format;
    QPushButton *m_addFormatButton;
    QComboBox *m_ranBy;
    QLineEdit *m_ranByName;
    QComboBox *m_application;
    QLineEdit *m_company;
    QLineEdit *m_role;
    QSpinBox *m_duration;
    QSpinBox *m_selfScore;
    QSpinBox *m_interviewerScore;
    TopicScoresWidget *m_topics;
    QPlainTextEdit *m_questions;
    QLineEdit *m_bankSearch;
    QListWidget *m_bankResults;
    QLabel *m_bankError;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_toImprove;
    QPlainTextEdit *m_actionItems;
    QPushButton *m_save;
};
