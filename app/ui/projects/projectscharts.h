#pragma once

#include "db/projectrepository.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChartView;
class QComboBox;
class QStackedWidget;

// The Projects page's charts: readiness per project (bars, 0-100) and how many roadmap skills
// projects demonstrate, per category (percentage bars, the counts on hover). One at a time,
// chosen above it: side by side in the detail pane at 1024x640 every name was cut to "...".
class ProjectsCharts : public QWidget
{
    Q_OBJECT

public:
    enum Chart { ReadinessChart, CoverageChart };

    struct Readiness
    {
        QString name;
        int score = 0;
    };

    explicit ProjectsCharts(QWidget *parent = nullptr);

    void setReadiness(const QList<Readiness> &projects);
    void setCoverage(const QList<ProjectRepository::CategoryCoverage> &coverage);

    // What the bars show, for tests: "name: score" / "category: demonstrated/skills".
    QStringList readinessLabels() const;
    QStringList coverageLabels() const;
    void showChart(Chart chart);
    QChartView *view(Chart chart) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    QComboBox *m_choice;
    QStackedWidget *m_stack;
    QChartView *m_readinessView;
    QChartView *m_coverageView;
    QList<Readiness> m_readiness;
    QList<ProjectRepository::CategoryCoverage> m_coverage;
};
