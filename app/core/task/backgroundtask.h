#pragma once

#include "db/writeresult.h"
#include "taskcontrol.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

// Runs one piece of long work off the GUI thread, with progress and cancel.
//
// Database rule: the work NEVER uses the GUI's connection (Qt SQL connections belong to the
// thread that made them). It opens its own connection to the file, by path, in the worker
// (SqlConnection / Database), does its writes in ONE transaction and closes it. Cancel makes
// the work return a failure before it commits, so the transaction rolls back and the file is
// as it was; work that creates a file creates it under its final name only through Database
// (which removes a new file it could not fill). The GUI learns about the result in finished()
// and then notifies the pages. One writer at a time: SQLite serialises writers anyway, and the
// GUI's own edits wait (busy_timeout) rather than fail while a worker commits.
//
//   auto *task = new BackgroundTask(tr("Creating the demo"), [path](TaskControl &c) {
//       return DemoWorkbench::create(path, &c);
//   }, this);
//   connect(task, &BackgroundTask::finished, this, [](const WriteResult &r) { ... });
//   task->start();   // deletes itself after finished()
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<WriteResult(TaskControl &control)>;

    BackgroundTask(const QString &title, Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    QString title() const { return m_title; }
    bool isRunning() const { return m_running; }
    // Starts the work in a new thread. The task deletes itself after finished() unless
    // setAutoDelete(false).
    void start();
    void setAutoDelete(bool on) { m_autoDelete = on; }
    // Asks the work to stop; finished() follows with a failure when it did.
    void cancel();
    bool isCanceled() const { return m_control->isCanceled(); }
    // Waits for the worker (tests, shutdown).
    bool wait(int msecs = -1);

signals:
    void progress(int done, int total, const QString &step);
    void finished(const WriteResult &result);

private:
    QString m_title;
    Work m_work;
    TaskControl *m_control;
    QThread *m_thread = nullptr;
    WriteResult m_result = WriteResult::success();
    bool m_running = false;
    bool m_autoDelete = true;
};
