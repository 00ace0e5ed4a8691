#pragma once

#include "comparecharts.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QChart;
class QLineSeries;
class QValueAxis;

// The compare charts' break-even chart: each certification's cumulative net value by month,
// below zero until payback, in a colour of its own, over a dashed zero line.
class BreakEvenChart
{
    // Its texts were written in CompareCharts: they keep that translation context.
    Q_DECLARE_TR_FUNCTIONS(CompareCharts)
public:
    using Item = CompareCharts::Item;

    // Builds the chart of `valid` (in rank order): the best `maxLines` of those that pay back.
    BreakEvenChart(const QList<Item> &valid, int maxLines, int horizonYears,
                   const QPalette &palette);

    // The new chart; whoever takes it owns it.
    QChart *chart() const { return m_chart; }
    // The title with the unit, on one line.
    QString title() const { return m_title; }
    // The lines' whole names and their colours, for a legend.
    QStringList names() const;
    QList<QColor> colours() const { return m_colours; }
    // Calls `show` with the value of the line under the pointer, while `receiver` lives.
    void onHover(const QObject *receiver, const std::function<void(const QString &)> &show) const;

private:
    static QString titleFor(int lineCount, int paying, int total);
    static QList<QColor> coloursOf(const QList<Item> &lines, const QList<Item> &valid,
                                   const QPalette &palette);
    QValueAxis *createMonthsAxis() const;
    // Adds a line per item; returns the lowest and highest value drawn.
    std::pair<double, double> addLines(QValueAxis *months, QValueAxis *money);
    void addZeroLine(QValueAxis *months, QValueAxis *money, const QPalette &palette);
    static QString moneyTitle(const QList<Item> &lines);

    QChart *m_chart;
    QList<Item> m_lines;
    QList<QLineSeries *> m_series; // m_lines' lines
    QList<QColor> m_colours;
    QString m_title;
    int m_horizonYears;
};
