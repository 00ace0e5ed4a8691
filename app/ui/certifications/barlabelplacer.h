#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QAbstractSeries;
class QChart;
class QColor;
class QFont;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QPalette;

// The texts on a horizontal bar chart, drawn by hand: each bar's value on it (or beside it
// when it does not fit) and each bar's whole name on the line above it. Qt's own value labels
// print the bar's number in C format, and "0 %" for a free certification; the axis gives its
// names at most 40 % of the chart and cut them to "AWS Certifie..." (issue #9).
class BarLabelPlacer
{
public:
    struct Bar
    {
        QString name; // as the user wrote it
        QString valueText; // "191.6 %" in the user's number format, "free"
        double value = 0; // the bar's length
    };

    // Makes the texts of `bars`, bottom bar first, as items of `chart`, which owns them (the
    // old chart's go with it).
    void reset(QChart *chart, const QList<Bar> &bars, const QFont &font, const QColor &nameColour);
    // Places the texts in the chart's plot area as it is now; call it when the area changes.
    void place(QChart *chart, const QFont &font, const QPalette &palette) const;
    // The value texts, bottom bar first.
    QStringList valueTexts() const;

private:
    void placeNames(QChart *chart, QAbstractBarSeries *bars, const QFont &font) const;
    void placeValues(QChart *chart, QAbstractSeries *series, QAbstractBarSeries *bars,
                     const QPalette &palette) const;

    struct ValueLabel
    {
        QGraphicsSimpleTextItem *item;
        double value;
    };
    QList<ValueLabel> m_values; // owned by the chart
    QList<QGraphicsTextItem *> m_names; // owned by the chart, in the bars' order
};
