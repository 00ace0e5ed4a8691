#pragma once

#include <QColor>
#include <QPalette>

class QChart;

// Dresses a chart in the application palette (background, titles, labels, axes, grid), so it
// reads the same in light and dark themes; series take their colours from here too.
class ChartPalette
{
public:
    static void apply(QChart *chart, const QPalette &palette);
    // The main series colour (the palette's highlight) and a second one that stands apart
    // from it on the palette's base colour.
    static QColor primary(const QPalette &palette);
    static QColor secondary(const QPalette &palette);
    // Colour INDEX of a set of series (stacked bars, one line per kind): hues spread from the
    // primary colour, at a lightness that stands apart from the palette's base.
    static QColor series(const QPalette &palette, int index);
};
