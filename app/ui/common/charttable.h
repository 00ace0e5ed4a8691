#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

class QChart;

// A chart's numbers as a table: the text alternative a screen reader or a keyboard user reads
// instead of the picture (issue #13, item 6). Built once, from any chart:
// - bar series (plain, stacked, horizontal): one row per category of the bar category axis,
//   one column per bar set; a named line drawn across the bars (a budget, a target) adds a row
//   with its value;
// - line, spline and scatter series (polar too): one row per x, one column per series; x is
//   written as the chart's axis writes it (a category, a date, a number);
// - pie series: one row per slice.
// Names come from the series, bar sets and axis titles, as plain text; numbers through LOCALE.
// The table is a snapshot of the chart when it was made.
class ChartTable : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ChartTable(const QChart *chart, const QLocale &locale = QLocale(),
                        QObject *parent = nullptr);

    // The chart's title, as plain text.
    QString title() const { return m_title; }
    // The cell as shown (empty where a series has no value at that row).
    QString cell(int row, int column) const;
    QStringList headers() const { return m_headers; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Chart labels are rich text (Qt Charts draws them as HTML): the text a reader sees.
    static QString plainText(const QString &chartLabel);
    // A number as the table writes it: at most two decimals, in LOCALE.
    static QString number(double value, const QLocale &locale);

private:
    void readBars(const QChart *chart);
    void readXY(const QChart *chart);
    void readPie(const QChart *chart);
    void addRow(const QStringList &cells);

    QLocale m_locale;
    QString m_title;
    QStringList m_headers;
    QList<QStringList> m_rows;
};
