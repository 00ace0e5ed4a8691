#pragma once

#include <QByteArray>
#include <QString>

class ReportLayout;
struct ReportDocument;

// Writes a laid-out report as PDF: real (selectable) text with the fonts embedded as subsets by
// QPdfWriter, clickable links (QPdfWriter turns anchors into link annotations), charts as
// vectors, pictures as their own files where a PDF can hold them (PdfImageFile), and the
// document information: title, author, subject, creator.
class PdfOutput
{
public:
    static QByteArray write(const ReportLayout &layout, const ReportDocument &report);

    // QPdfWriter (Qt 6.4) sets only /Title and /Creator in the information dictionary. This
    // appends a PDF incremental update (ISO 32000-1, 7.5.6) with a complete one: a new
    // information object, an xref section for it and a trailer pointing back at the original.
    // Returns PDF unchanged when its trailer cannot be read.
    static QByteArray withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                               const QString &subject, const QString &creator);

private:
    // The pages as Qt's PDF writer writes them.
    static QByteArray paint(const ReportLayout &layout, const ReportDocument &report);
};
