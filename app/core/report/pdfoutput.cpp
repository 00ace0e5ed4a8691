#include "pdfoutput.h"

#include "paintforwarder.h"
#include "pdfimagefile.h"
#include "pdfupdate.h"
#include "reportdocument.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

QByteArray pdfText(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

} // namespace

QByteArray PdfOutput::write(const ReportLayout &layout, const ReportDocument &report)
{
    bool ok = false;
    QByteArray bytes;
    {
        // Pictures go in as their files, not decoded and compressed again.
        PdfImageSubstitution files;
        bytes = files.apply(paint(layout, report), &ok);
    }
    if (!ok) // a picture's stand-in was not where Qt should have written it
        bytes = paint(layout, report);
    return withInfo(bytes, report.title, report.author, report.subject, report.creator);
}

QByteArray PdfOutput::paint(const ReportLayout &layout, const ReportDocument &report)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(ReportLayout::Dpi);
        // The layout draws its own margins: the writer's page starts at the paper's corner.
        writer.setPageLayout(QPageLayout(layout.pageLayout().pageSize(), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setTitle(report.title);
        writer.setCreator(report.creator);
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            // The writer records every state change as page content, even a save and
            // restore with nothing drawn between; through the forwarder only the state a
            // drawing uses reaches it (a fifth less content to write and compress).
            PaintForwarder forwarder(&painter);
            QPainter page(&forwarder);
            page.setRenderHints(painter.renderHints());
            layout.paintPage(&page, i);
        }
        painter.end();
    }
    return bytes;
}

QByteArray PdfOutput::withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                               const QString &subject, const QString &creator)
{
    const std::optional<PdfUpdate::Trailer> trailer = PdfUpdate::lastTrailer(pdf);
    if (!trailer)
        return pdf;
    const int object = trailer->size;
    const QByteArray stamp
        = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s).toLatin1();
    const QByteArray info = "<<\n/Title " + pdfText(title) + "\n/Author " + pdfText(author)
        + "\n/Subject " + pdfText(subject) + "\n/Creator " + pdfText(creator) + "\n/Producer "
        + pdfText(u"Qt " QT_VERSION_STR ""_s) + "\n/CreationDate (D:" + stamp
        + "Z)\n/ModDate (D:" + stamp + "Z)\n>>\n";
    return PdfUpdate::append(pdf, *trailer, {{object, info}}, object + 1,
                             QByteArray::number(object) + " 0 R");
}
