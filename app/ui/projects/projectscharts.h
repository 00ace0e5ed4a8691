#pragma once

#include "db/projectrepository.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChartView;

// The Projects page's charts: readiness per project (bars, 0-100) and how many roadmap skills
// projects demonstrate, per category (percentage bars, the counts on hover).
class ProjectsCharts : public QWidget
{
    Q_OBJECT

public:
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChartView *m_readinessView;
    QChartView *m_coverageView;
    QList<Readiness> m_readiness;
    QList<ProjectRepository::CategoryCoverage> m_coverage;
};
