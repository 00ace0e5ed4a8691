#include "barlabelplacer.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

void BarLabelPlacer::reset(QChart *chart, const QList<Bar> &bars, const QFont &font,
                           const QColor &nameColour)
{
    m_values.clear(); // the old chart owns the old labels
    QFont labelFont = font;
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    for (const Bar &bar : bars) {
        auto *text = new QGraphicsSimpleTextItem(bar.valueText, chart);
        text->setFont(labelFont);
        text->setZValue(10);
        m_values.append({text, bar.value});
    }
    m_names.clear();
    for (const Bar &bar : bars) {
        auto *text = new QGraphicsTextItem(chart);
        text->setObjectName(u"roiBarName"_s);
        text->setPlainText(bar.name); // as the user wrote it
        text->setToolTip(bar.name);
        text->setFont(font);
        text->setDefaultTextColor(nameColour);
        text->document()->setDocumentMargin(0);
        text->setZValue(10);
        m_names.append(text);
    }
}

QStringList BarLabelPlacer::valueTexts() const
{
    QStringList texts;
    for (const ValueLabel &l : m_values)
        texts.append(l.item->text());
    return texts;
}

void BarLabelPlacer::place(QChart *chart, const QFont &font, const QPalette &palette) const
{
    const auto series = chart ? chart->series() : QList<QAbstractSeries *>();
    if (series.isEmpty())
        return;
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (bars && !m_names.isEmpty())
        placeNames(chart, bars, font);
    placeValues(chart, series.first(), bars, palette);
}

// Each name on the line above its bar: the bars get thinner to leave that line free (and the
// chart's top margin has room for the first).
void BarLabelPlacer::placeNames(QChart *chart, QAbstractBarSeries *bars, const QFont &font) const
{
    const QRectF plot = chart->plotArea();
    const double line = QFontMetricsF(font).height() + 2;
    const double band = plot.height() / m_names.size();
    const double width = std::clamp(1.0 - line / std::max(band, 1.0), 0.25, 0.7);
    bars->setBarWidth(width);
    const QFontMetricsF metrics(font);
    for (int i = 0; i < m_names.size(); ++i) {
        QGraphicsTextItem *name = m_names.at(i);
        const QString whole = name->toolTip();
        // Cut only a name wider than the whole chart, at its end; the tooltip has it all.
        const QString shown
            = metrics.elidedText(whole, Qt::ElideRight, std::max(0.0, plot.width() - 4));
        if (name->toPlainText() != shown)
            name->setPlainText(shown);
        const double centre = chart->mapToPosition(QPointF(0, i), bars).y();
        name->setPos(plot.left() + 2, centre - width * band / 2 - line + 1);
    }
}

// Each label sits inside its bar when it fits there, else just beyond the bar's end (a free
// certification's label starts at zero).
void BarLabelPlacer::placeValues(QChart *chart, QAbstractSeries *series, QAbstractBarSeries *bars,
                                 const QPalette &palette) const
{
    const QRectF plot = chart->plotArea();
    for (int i = 0; i < m_values.size(); ++i) {
        const ValueLabel &l = m_values.at(i);
        const QPointF end = chart->mapToPosition(QPointF(l.value, i), series);
        const QPointF zero = chart->mapToPosition(QPointF(0, i), series);
        const QRectF box = l.item->boundingRect();
        const double thickness
            = bars ? bars->barWidth() * plot.height() / m_values.size() : box.height();
        // A negative bar's label stays beside it, right of zero (on the bar it read as part
        // of it).
        const bool inside = l.value >= 0 && std::abs(end.x() - zero.x()) >= box.width() + 8
            && thickness >= box.height();
        double x = 0;
        if (inside)
            x = (end.x() + zero.x() - box.width()) / 2;
        else if (l.value >= 0)
            x = std::max(end.x(), zero.x()) + 4;
        else
            x = std::min(end.x(), zero.x()) - 4 - box.width();
        // A negative bar that reaches the axis leaves no room on its left: the label goes
        // right of zero, where it cannot cover the bar ("-100.0 %" sat on top of it).
        if (!inside && l.value < 0 && x < plot.left() + 2)
            x = std::max(end.x(), zero.x()) + 4;
        x = std::clamp(x, plot.left() + 2, std::max(plot.left() + 2, plot.right() - box.width()));
        l.item->setPos(x, end.y() - box.height() / 2);
        l.item->setBrush(palette.color(inside ? QPalette::HighlightedText : QPalette::Text));
    }
}
