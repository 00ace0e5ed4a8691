#pragma once

#include <QPointer>
#include <QWidget>

class BackgroundTask;
class QLabel;
class QProgressBar;
class QPushButton;

// The main window's view of background work: the task's title and step, a progress bar and a
// Cancel button, in the status bar. Hidden when nothing runs.
class TaskProgress : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgress(QWidget *parent = nullptr);

    // Shows TASK until it finishes.
    void track(BackgroundTask *task);
    BackgroundTask *current() const { return m_task; }

private:
    QPointer<BackgroundTask> m_task;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
