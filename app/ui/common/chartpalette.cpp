#include "chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPen>

QColor ChartPalette::primary(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor ChartPalette::secondary(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(grid));
        QColor faint = grid;
        faint.setAlpha(120);
        axis->setGridLinePen(QPen(faint));
        axis->setShadesVisible(false);
    }
}
