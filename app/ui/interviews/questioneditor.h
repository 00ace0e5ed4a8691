#pragma once

#include "domain/interviewquestion.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Adds or edits a question of the bank: its text, the prepared answer notes and its topics.
class QuestionEditor : public QDialog
{
    Q_OBJECT
public:
    explicit QuestionEditor(const InterviewQuestion &initial, QWidget *parent = nullptr);

    InterviewQuestion question() const;

private:
    void refresh();

    InterviewQuestion m_initial;
    QPlainTextEdit *m_text;
    QLabel *m_textError;
    QPlainTextEdit *m_notes;
    QLineEdit *m_topics;
    QLabel *m_topicsError;
    QPushButton *m_save;
};
