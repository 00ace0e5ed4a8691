#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

// A chart's legend as a column of whole names, each after its colour and wrapped when long
// (QLegend cut them to "AWS Certifie..." on a small screen). The rows are centred in the
// column's height.
class LegendColumn : public QWidget
{
    Q_OBJECT
public:
    explicit LegendColumn(QWidget *parent = nullptr);

    // One row per name, in the given colours; replaces the rows there were.
    void setEntries(const QStringList &names, const QList<QColor> &colours);
};
