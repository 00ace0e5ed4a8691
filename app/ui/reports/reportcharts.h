#pragma once

#include "report/reportchartpainter.h"

// The report's charts, drawn by the chart code the pages use: the skills radar is the Skills
// page's own radar chart, SkillsRadarChart (same series, axes, palette; built alone, without
// the page's other charts), rendered through a QGraphicsScene onto the report's painter, so a
// PDF gets vectors and the preview pixels.
// The interview trend is drawn here until the Interviews page (#11) has a chart of its own;
// then it should be that chart's code, as the radar is.
// Needs a QApplication (Qt Charts are widgets); the command line creates one on the offscreen
// platform for exports.
class ReportCharts : public ReportChartPainter
{
public:
    double heightFor(const QString &chart, double width) const override;
    void paint(QPainter *painter, const QRectF &rect, const QString &chart,
               const ReportData &data) const override;
};
