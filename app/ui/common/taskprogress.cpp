#include "taskprogress.h"

#include "task/backgroundtask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"taskProgress"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(u"taskProgressBar"_s);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_cancel->setObjectName(u"taskCancelButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_task) {
            m_task->cancel();
            m_cancel->setEnabled(false);
            m_label->setText(tr("Cancelling %1...").arg(m_task->title()));
        }
    });
    hide();
}

void TaskProgress::track(BackgroundTask *task)
{
    m_task = task;
    m_label->setText(task->title());
    m_bar->setRange(0, 0); // busy until the first progress report
    m_cancel->setEnabled(true);
    connect(task, &BackgroundTask::progress, this,
            [this, task](int done, int total, const QString &step) {
                if (m_task != task)
                    return;
                m_bar->setRange(0, qMax(total, 1));
                m_bar->setValue(done);
                m_label->setText(step.isEmpty() ? task->title()
                                                : tr("%1: %2").arg(task->title(), step));
            });
    connect(task, &BackgroundTask::finished, this, [this, task] {
        if (m_task == task)
            hide();
    });
    show();
}
