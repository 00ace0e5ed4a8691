#pragma once

#include "reportjob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QThread;
class QWidget;

// The Reports page's print and export tasks. Each runs a ReportJob on a worker thread of its
// own and tells the page how it went by signals; Print... then opens the print preview (as a
// child of the page) with the pages the worker recorded. It also keeps the thread of every job
// the page starts (the previews' too), so the page can wait for them when it goes: they use
// the fonts, which go with the application.
class ReportTasks : public QObject
{
    Q_OBJECT
public:
    explicit ReportTasks(QWidget *page);

    // Starts JOB on its thread and keeps the thread until it ends.
    void start(ReportJob *job);
    // Waits for every job still running.
    void waitForAll();

    // Whether Print... is laying out pages or its preview is open (a second request waits).
    bool isPrinting() const { return m_printing; }
    // Lays out INPUT's pages on a worker (INPUT.kind is set to Print), then opens the print
    // preview with them, the printer's document named DOCUMENTNAME.
    void print(ReportJob::Input input, const QString &documentName);
    // Writes INPUT (an export kind, with its path) on a worker; exportFinished() follows.
    void exportTo(ReportJob::Input input);

signals:
    // Print...: the pages are laid out, the preview opens next.
    void printLaidOut();
    // The print preview of PAGES pages is about to open (tests close it).
    void printPreviewOpening(int pages);
    // Print...: the preview is closed (or there was nothing to print).
    void printFinished();
    // An export ended: ERROR is empty on success.
    void exportFinished(const QString &path, const QString &error);

private:
    void openPrintPreview(const ReportJob::Printable &printable, QPageSize::PageSizeId pageSize,
                          const QString &documentName);

    QWidget *m_page;
    QList<QPointer<QThread>> m_threads;
    bool m_printing = false;
};
