#pragma once

#include <QObject>
#include <QString>

#include <atomic>

// What long work sees of its runner: report progress, ask whether the user cancelled. Safe to
// call from the worker thread; progress() is delivered to the GUI thread queued.
class TaskControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isCanceled() const { return m_canceled.load(); }
    void cancel() { m_canceled.store(true); }
    // DONE of TOTAL steps; STEP names the step for the user.
    void setProgress(int done, int total, const QString &step = QString())
    {
        emit progress(done, total, step);
    }

signals:
    void progress(int done, int total, const QString &step);

private:
    std::atomic_bool m_canceled {false};
};
