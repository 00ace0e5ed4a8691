#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <optional>

class ReportChartPainter;

// From a data snapshot and the user's choices to a document and to bytes in each format.
// A resume that runs past two pages loses its least relevant entries, one at a time in order
// of relevance (found by bisection), and says what was left out.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    enum class Format { Pdf, Html, Markdown };

    static ReportDocument document(const ReportData &data, const ReportOptions &options);
    static QPageLayout pageLayout(const ReportOptions &options);
    // PAINTER may be null: charts are then left out of the PDF.
    static QByteArray render(const ReportData &data, const ReportOptions &options, Format format,
                             const ReportChartPainter *painter);
    // Writes BYTES to PATH through QSaveFile: a failure leaves an existing file as it was.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    static std::optional<Format> formatFromKey(const QString &key); // pdf, html, markdown/md

    // The process's chart painter for headless exports: the executable sets the ui's
    // ReportCharts here, so the command line (which links core only) draws the same charts.
    static void setChartPainter(const ReportChartPainter *painter);
    static const ReportChartPainter *chartPainter();

private:
    static ReportDocument fitResume(ReportDocument doc, const ReportOptions &options);
};
