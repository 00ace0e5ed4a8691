#include "reporttasks.h"

#include "report/reportlayout.h"

#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QThread>
#include <QWidget>

using namespace Qt::StringLiterals;

ReportTasks::ReportTasks(QWidget *page)
    : QObject(page)
    , m_page(page)
{ }

void ReportTasks::start(ReportJob *job)
{
    m_threads.removeAll(nullptr);
    m_threads.append(job->thread());
    job->start();
}

void ReportTasks::waitForAll()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void ReportTasks::print(ReportJob::Input input, const QString &documentName)
{
    if (m_printing)
        return;
    // Laid out on a worker, as the exports are: the page stays responsive meanwhile.
    auto printable = std::make_shared<ReportJob::Printable>();
    const QPageSize::PageSizeId pageSize = input.options.pageSize;
    input.kind = ReportJob::Kind::Print;
    input.printable = printable;
    m_printing = true;
    ReportJob *job = ReportJob::create(std::move(input));
    connect(job, &ReportJob::finished, this, [this, printable, pageSize, documentName] {
        emit printLaidOut();
        openPrintPreview(*printable, pageSize, documentName);
        m_printing = false;
        emit printFinished();
    });
    start(job);
}

void ReportTasks::openPrintPreview(const ReportJob::Printable &printable,
                                   QPageSize::PageSizeId pageSize, const QString &documentName)
{
    const QList<QPicture> &pages = printable.pages;
    if (pages.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(pageSize));
    printer.setFullPage(true);
    printer.setDocName(documentName);
    QPrintPreviewDialog dialog(&printer, m_page);
    dialog.setObjectName(u"printPreviewDialog"_s);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&pages](QPrinter *p) {
        QPainter painter(p);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                p->newPage();
            ReportLayout::drawPagePicture(&painter, pages.at(i));
        }
    });
    emit printPreviewOpening(int(pages.size()));
    dialog.exec();
}

void ReportTasks::exportTo(ReportJob::Input input)
{
    const QString path = input.path;
    ReportJob *job = ReportJob::create(std::move(input));
    connect(job, &ReportJob::finished, this,
            [this, path](const QList<QImage> &, const QString &error) {
                emit exportFinished(path, error);
            });
    start(job);
}
