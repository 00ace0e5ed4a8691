#pragma once

#include "barlabelplacer.h"
#include "calc/roicalculator.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QHorizontalBarSeries;
class QLabel;
class QLayout;
class QScrollArea;
class QStackedWidget;
class QTabBar;
class LegendColumn;

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

        // " (costs in USD added to salary-based amounts without converting)" when mixed.
        QString mixedNote() const;
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
    QLayout *createTopRow();
    QWidget *createCharts();
    QScrollArea *createLegendArea(QWidget *parent);
    void rebuild();
    // Sorts the items in the chosen rank order; returns those that have figures to show.
    QList<Item> rankValidItems();
    void buildRoiChart(const QList<Item> &valid);
    void setRoiTitle(int barCount, int total);
    QHorizontalBarSeries *addRoiBars(QChart *chart, const QList<Item> &shown);
    void addRoiAxes(QChart *chart, QHorizontalBarSeries *bars, const QStringList &names);
    void resetBarLabels(QChart *chart, QHorizontalBarSeries *bars, const QList<Item> &shown);
    void buildBreakEvenChart(const QList<Item> &valid);
    void styleChart(QChart *chart) const;
    void showHover(const QString &text);
    void showHoverText(const QString &text);
    void placeBarLabels();
    // Sets each chart's title, wrapped onto more lines when it is wider than the chart.
    void fitTitles();

    QComboBox *m_rank;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QChartView *m_roiView;
    QChartView *m_breakEvenView;
    // The break-even chart's legend, beside it: whole names, wrapped (QLegend cut them to
    // "AWS Certifie..." on a small screen).
    LegendColumn *m_legend;
    QLabel *m_hover;
    QTabBar *m_tabs; // ROI (its title), Break-even
    QString m_hoverText; // whole; the label may show it cut
    // The ROI bars' values and whole names, drawn by hand.
    BarLabelPlacer m_barLabels;
    QList<Item> m_items; // rank order
    QString m_roiTitle; // as written, on one line
    QString m_breakEvenTitle;
    int m_horizonYears = 3;
};
