#pragma once

#include <QDialog>
#include <QList>

class QChartView;

// View > Chart Data as Table: every chart shown in a part of the window, as tables, one tab per
// chart titled by the chart's title (issue #13, item 6: the text alternative to the picture).
class ChartDataDialog : public QDialog
{
    Q_OBJECT
public:
    ChartDataDialog(const QList<QChartView *> &charts, QWidget *parent = nullptr);

    // The charts AREA shows now, with something drawn, top to bottom and left to right.
    static QList<QChartView *> visibleCharts(const QWidget *area);
    // Opens the dialog for the charts AREA shows (window-modal, deleted on close), or tells the
    // user that there is no chart there. Returns the dialog, or null.
    static ChartDataDialog *showFor(const QWidget *area, QWidget *parent);
};
