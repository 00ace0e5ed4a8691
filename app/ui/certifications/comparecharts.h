#pragma once

#include "calc/roicalculator.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLabel;
class QStackedWidget;
class QTabBar;

// Compares certifications: a bar chart of ROI % and a break-even chart (cumulative net value
// by month, crossing zero at payback), both in the order chosen in "Rank by". Colours come
// from the palette, so the charts stay readable on a dark background; values show on hover.
class CompareCharts : public QWidget
{
    Q_OBJECT
public:
    struct Item
    {
        qint64 id = 0;
        QString name;
        QString currency;
        RoiCalculator::Result result;
        bool mixedCurrency = false; // its figures add two currencies without converting
    };

    // At most this many bars and lines (the best ranked); the titles say when some are left
    // out, and the table lists them all.
    static constexpr int MaxBars = 12;
    static constexpr int MaxLines = 8;
    // Low enough that the certifications table keeps five rows in view at 1024x640.
    static constexpr int MinimumChartHeight = 130;

    explicit CompareCharts(QWidget *parent = nullptr);

    void setItems(const QList<Item> &items, int horizonYears);
    RoiCalculator::RankBy rankBy() const;
    void setRankBy(RoiCalculator::RankBy by);
    // Names in rank order, best first (as the charts show them).
    QStringList rankedNames() const;
    QString roiTitle() const;
    QString breakEvenTitle() const;
    // The value last shown on hover.
    QString hoverText() const;
    // The texts written on the ROI bars, bottom bar first: "191.6 %" in the user's number
    // format, "free" for a certification that costs nothing.
    QStringList barLabels() const;

signals:
    void rankByChanged(RoiCalculator::RankBy by);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void styleChart(QChart *chart) const;
    void showHover(const QString &text);
    void showHoverText(const QString &text);
    void placeBarLabels();
    void fillLegend(const QStringList &names, const QList<QColor> &colours);
    // Sets each chart's title, wrapped onto more lines when it is wider than the chart.
    void fitTitles();

    QComboBox *m_rank;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QChartView *m_roiView;
    QChartView *m_breakEvenView;
    // The break-even chart's legend, beside it: whole names, wrapped (QLegend cut them to
    // "AWS Certifie..." on a small screen).
    QWidget *m_legend;
    QLabel *m_hover;
    QTabBar *m_tabs; // ROI (its title), Break-even
    QString m_hoverText; // whole; the label may show it cut
    // Bar labels drawn by hand: Qt's own print the bar's number in C format, and "0 %" for
    // a free certification. Owned by the ROI chart.
    struct BarLabel
    {
        QGraphicsSimpleTextItem *item;
        double value;
    };
    QList<BarLabel> m_barLabels;
    // Each bar's whole name, drawn above it across the chart's width: the axis gives its
    // labels at most 40 % of the chart and cut them to "AWS Certifie..." (issue #9). Owned by
    // the ROI chart, in the bars' order.
    QList<QGraphicsTextItem *> m_barNames;
    QList<Item> m_items; // rank order
    QString m_roiTitle; // as written, on one line
    QString m_breakEvenTitle;
    int m_horizonYears = 3;
};
