#pragma once

#include <QWidget>

class InterviewStore;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;
class QuestionBankModel;

// The question bank: search it, add, edit and delete questions (each an undo command). A
// session's questions come in from the Sessions tab in one step.
class QuestionBankView : public QWidget
{
    Q_OBJECT
public:
    QuestionBankView(InterviewStore *store, QUndoStack *stack, QWidget *parent = nullptr);

    QuestionBankModel *model() const { return m_model; }
    void reload();
    void addQuestion();
    void editSelected();
    void deleteSelected();

signals:
    void statusMessage(const QString &text);

private:
    qint64 selectedId() const;
    void updateButtons();

    InterviewStore *m_store;
    QUndoStack *m_stack;
    QuestionBankModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_error;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
