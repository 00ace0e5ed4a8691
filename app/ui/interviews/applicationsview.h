#pragma once

#include "domain/jobapplication.h"

#include <QList>
#include <QWidget>

class InterviewStore;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

// Applications as a pipeline: one group per stage, each application with the day of every
// move and its interviews in order; moves through the stages (undoable) and the funnel of how
// many reached each stage.
class ApplicationsView : public QWidget
{
    Q_OBJECT
public:
    ApplicationsView(InterviewStore *store, QUndoStack *stack, QWidget *parent = nullptr);

    void reload();
    qint64 selectedId() const;
    void selectApplication(qint64 id);
    // The stages in pipeline order, with their names.
    static QString stageName(JobApplication::Stage stage);

    void addApplication();
    void editSelected();
    // Moves the selected application to the next stage on the way to an offer.
    void advanceSelected();
    // Moves the selected application to the stage chosen in the combo.
    void moveSelected();
    // Deletes the selected application after saying what happens to its interviews (they
    // stay, unlinked); undoable.
    void deleteSelected();

signals:
    void statusMessage(const QString &text);
    // The user opened an interview of an application.
    void sessionActivated(qint64 sessionId);

private:
    void updateButtons();
    void fillFunnel();

    InterviewStore *m_store;
    QUndoStack *m_stack;
    QList<JobApplication> m_applications;
    QTreeWidget *m_tree;
    QComboBox *m_stage;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_advance;
    QPushButton *m_move;
    QPushButton *m_delete;
    QLabel *m_empty;
    QChartView *m_funnel;
};
