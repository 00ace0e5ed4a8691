#pragma once

#include "report/recordedcharts.h"
#include "report/reportdata.h"
#include "report/reportoptions.h"

#include <QImage>
#include <QObject>
#include <QPicture>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

// One report job on a worker thread: lay out the document and render preview images, or
// write an export. The data snapshot and the recorded charts are copied in, so the job never
// touches the database or a widget. Results come back as a signal on the GUI thread.
// (A local runner: the kit's shared background-work runner (#8) can replace it when it lands.)
class ReportJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Preview, Pdf, Html, Markdown, Print };

    // Print: the pages laid out and painted on the worker, each recorded as a picture in
    // device pixels at ReportLayout::Dpi, for the print dialog to replay on the GUI thread. (A
    // layout cannot go to another thread: its text holds the worker's font engines.)
    struct Printable
    {
        QList<QPicture> pages;
    };

    struct Input
    {
        Kind kind = Kind::Preview;
        ReportData data;
        ReportOptions options;
        std::shared_ptr<const RecordedCharts> charts;
        int previewWidth = 480; // pixels, for Preview
        QString path; // for exports
        std::shared_ptr<Printable> printable; // for Print: filled before finished()
        // Set by the page when newer choices make this preview stale: the job stops at the
        // next page instead of drawing pages nobody will see.
        std::shared_ptr<std::atomic_bool> cancelled;
    };

    // A job for INPUT on a thread of its own: connect to its signals, then start() it. It
    // deletes itself (and its thread) after finished().
    static ReportJob *create(Input input);
    void start();
    QThread *thread() const { return m_thread; }

signals:
    void progress(int done, int total);
    // Preview: page INDEX of TOTAL is drawn (as soon as it is, before finished()).
    void pageReady(int index, int total, const QImage &page);
    // Preview: PAGES; exports: ERROR empty on success.
    void finished(const QList<QImage> &pages, const QString &error);

private:
    explicit ReportJob(Input input);
    void run();
    bool isCancelled() const;

    Input m_input;
    QThread *m_thread = nullptr;
};
