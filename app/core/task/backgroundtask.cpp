#include "backgroundtask.h"

#include <QThread>

BackgroundTask::BackgroundTask(const QString &title, Work work, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_work(std::move(work))
    , m_control(new TaskControl(this))
{
    connect(m_control, &TaskControl::progress, this, &BackgroundTask::progress,
            Qt::QueuedConnection);
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] { m_result = m_work(*m_control); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        WriteResult result = m_result;
        if (!result.ok() && m_control->isCanceled() && result.error().isEmpty())
            result = WriteResult::failure(tr("Cancelled; nothing was changed."));
        emit finished(result);
        if (m_autoDelete)
            deleteLater();
    });
    m_thread->start();
}

void BackgroundTask::cancel()
{
    m_control->cancel();
}

bool BackgroundTask::wait(int msecs)
{
    if (!m_thread)
        return true;
    return msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
}
