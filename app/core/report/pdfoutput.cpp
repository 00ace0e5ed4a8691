#include "pdfoutput.h"

#include "paintforwarder.h"
#include "pdfimagefile.h"
#include "reportdocument.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

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
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startxref + 9, 40));
    static const QRegularExpression sizeRe(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression rootRe(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s);
    static const QRegularExpression offsetRe(u"^\\s*(\\d+)"_s);
    const auto size = sizeRe.match(trailer);
    const auto root = rootRe.match(trailer);
    const auto offset = offsetRe.match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !offset.hasMatch())
        return pdf;
    const int object = size.captured(1).toInt();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectAt = out.size();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    out += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfText(title) + "\n/Author "
        + pdfText(author) + "\n/Subject " + pdfText(subject) + "\n/Creator " + pdfText(creator)
        + "\n/Producer " + pdfText(u"Qt " QT_VERSION_STR ""_s) + "\n/CreationDate (D:"
        + stamp.toLatin1() + "Z)\n/ModDate (D:" + stamp.toLatin1() + "Z)\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root "
        + root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev "
        + offset.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt)
        + "\n%%EOF\n";
    return out;
}
