#pragma once

#include "domain/projectmetric.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The measured results of a project, one row per metric: name, baseline (empty = none),
// achieved, unit and whether higher is better, with the impact line each row makes, updated
// as the user types ("F1 0.71 → 0.84 (+18.3%)"). Numbers are read in the user's locale.
class MetricsEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Baseline, Achieved, Unit, HigherIsBetter, Impact, ColumnCount };

    explicit MetricsEditor(QWidget *parent = nullptr);

    void setMetrics(const QList<ProjectMetric> &metrics);
    // The rows as metrics; a number that does not parse is NaN (the validator names it).
    QList<ProjectMetric> metrics() const;
    // Field ("metrics.N.name" ...) -> problem, from ProjectValidator, shown under the table.
    void setProblems(const QMap<QString, QString> &problems);

    QTableWidget *table() const { return m_table; }
    // The impact lines as the preview under the table shows them, one per valid metric.
    QStringList impactLines() const;

public slots:
    void addMetric();
    void removeSelected();

signals:
    void changed();

private:
    void appendRow(const ProjectMetric &m);
    ProjectMetric metricAt(int row) const;
    void refreshImpact();

    QTableWidget *m_table;
    QPushButton *m_remove;
    QLabel *m_preview;
    QLabel *m_problems;
    bool m_loading = false;
};
