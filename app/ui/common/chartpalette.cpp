#include "chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPen>

#include <algorithm>

QColor ChartPalette::primary(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor ChartPalette::secondary(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor ChartPalette::series(const QPalette &palette, int index)
{
    if (index == 0)
        return primary(palette);
    const QColor base = primary(palette);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // The golden angle keeps neighbouring indexes far apart on the colour wheel.
    const int hue = (std::max(0, base.hsvHue()) + index * 137) % 360;
    return QColor::fromHsv(hue, dark ? 150 : 190, dark ? 235 : 185);
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
