#include "reportjob.h"

#include "report/htmlwriter.h"
#include "report/markdownwriter.h"
#include "report/pdfoutput.h"
#include "report/reportlayout.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QThread>

ReportJob::ReportJob(Input input)
    : m_input(std::move(input))
{ }

ReportJob *ReportJob::create(Input input)
{
    auto *job = new ReportJob(std::move(input));
    job->m_thread = QThread::create([job] { job->run(); });
    job->moveToThread(job->m_thread);
    connect(job->m_thread, &QThread::finished, job->m_thread, &QObject::deleteLater);
    connect(job->m_thread, &QThread::finished, job, &QObject::deleteLater);
    return job;
}

void ReportJob::start()
{
    m_thread->start(QThread::LowPriority);
}

bool ReportJob::isCancelled() const
{
    return m_input.cancelled && m_input.cancelled->load();
}

void ReportJob::run()
{
    const ReportData &data = m_input.data;
    if (isCancelled()) {
        moveToThread(QCoreApplication::instance()->thread());
        emit finished({}, {});
        return;
    }
    QThread *const gui = QCoreApplication::instance()->thread();
    if (m_input.kind == Kind::Print) {
        // Laid out and painted here; the print dialog replays the pictures.
        const ReportDocument doc = ReportRenderer::document(data, m_input.options);
        const ReportLayout layout(doc, ReportRenderer::pageLayout(m_input.options), &data,
                                  m_input.charts.get());
        emit progress(0, layout.pageCount());
        QList<QPicture> &pages = m_input.printable->pages;
        for (int i = 0; i < layout.pageCount() && !isCancelled(); ++i) {
            pages.append(layout.pagePicture(i));
            emit progress(i + 1, layout.pageCount());
        }
        moveToThread(gui);
        emit finished({}, {});
        return;
    }
    const ReportDocument doc = ReportRenderer::document(data, m_input.options);
    QString error;
    QList<QImage> pages;
    switch (m_input.kind) {
    case Kind::Print:
        break;
    case Kind::Html:
        ReportRenderer::save(m_input.path, HtmlWriter::write(doc), &error);
        break;
    case Kind::Markdown:
        ReportRenderer::save(m_input.path, MarkdownWriter::write(doc), &error);
        break;
    case Kind::Pdf:
    case Kind::Preview: {
        const ReportLayout layout(doc, ReportRenderer::pageLayout(m_input.options), &data,
                                  m_input.charts.get());
        // The document was made on this thread; it stays here and goes with the layout.
        if (m_input.kind == Kind::Pdf) {
            emit progress(0, 1);
            ReportRenderer::save(m_input.path, PdfOutput::write(layout, doc), &error);
            emit progress(1, 1);
        } else {
            emit progress(0, layout.pageCount());
            for (int i = 0; i < layout.pageCount() && !isCancelled(); ++i) {
                pages.append(layout.pageImage(i, m_input.previewWidth));
                emit pageReady(i, layout.pageCount(), pages.last());
                emit progress(i + 1, layout.pageCount());
            }
        }
        break;
    }
    }
    // Back to the GUI thread, where its deleteLater() will run.
    moveToThread(gui);
    emit finished(pages, error);
}
