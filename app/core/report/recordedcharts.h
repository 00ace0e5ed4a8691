#pragma once

#include "reportchartpainter.h"

#include <QMap>
#include <QPicture>

// Charts recorded once as QPictures (vector drawing commands) by another painter, and played
// back at any size. The app records the Qt Charts drawings on the GUI thread and then lays out,
// previews and writes the PDF on a worker thread, where widgets cannot be used.
class RecordedCharts : public ReportChartPainter
{
public:
    RecordedCharts() = default;
    // Records each of CHARTS as SOURCE draws it for DATA.
    RecordedCharts(const ReportChartPainter &source, const ReportData &data,
                   const QStringList &charts);

    double heightFor(const QString &chart, double width) const override;
    void paint(QPainter *painter, const QRectF &rect, const QString &chart,
               const ReportData &data) const override;

private:
    QMap<QString, QPicture> m_pictures;
};
