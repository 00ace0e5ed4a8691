#pragma once

#include "reportdata.h"

#include <QRectF>
#include <QString>

class QPainter;

// Draws a report's charts. The report layer (core) knows where a chart goes and how large it
// is; it does not know how to draw one, because the charts are Qt Charts code that lives with
// the pages in app/ui and needs a QApplication. The ui layer implements this interface with the
// very chart classes the pages show (ReportCharts in app/ui/reports) and paints them onto the
// report's QPainter, so a PDF gets them as vectors and the preview as pixels, from one copy of
// the chart code. Without a painter (core-only callers, tests) a chart is left out and its
// caption and the table beside it carry the figures.
class ReportChartPainter
{
public:
    virtual ~ReportChartPainter() = default;
    // The chart's height for WIDTH (both in points).
    virtual double heightFor(const QString &chart, double width) const
    {
        Q_UNUSED(chart);
        return width * 0.62;
    }
    // Paints CHART for DATA into RECT (in the painter's coordinates); called on the thread
    // that renders the report (the GUI thread in the app, the main thread headless).
    virtual void paint(QPainter *painter, const QRectF &rect, const QString &chart,
                       const ReportData &data) const = 0;
};
