#pragma once

#include "calc/roadmapstats.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class SkillsRadarChart;

// The Skills page's three charts: current against target per category (the radar, a
// SkillsRadarChart, which the printed portfolio draws too), the 15 largest gaps, and study
// hours per week over the last 26 weeks. Values show on hover.
class SkillsCharts : public QWidget
{
    Q_OBJECT
public:
    static constexpr int GapCount = 15;
    static constexpr int WeekCount = 26;

    explicit SkillsCharts(QWidget *parent = nullptr);

    void setRoadmap(const Roadmap &roadmap);
    // Minutes studied per week, oldest first, the first week starting on FIRSTWEEK.
    void setWeeklyMinutes(const QDate &firstWeek, const QList<int> &minutes, double budgetHours);

    // What the charts show now (the tests read these).
    const QList<RoadmapStats::CategoryLevel> &categoryLevels() const { return m_levels; }
    const QList<RoadmapStats::Gap> &gaps() const { return m_gaps; }
    // The value last shown on hover.
    QString hoverText() const { return m_hoverText; }
    // The radar's level numbers, centre outwards.
    QStringList radialLabels() const;
    // The charts' axis labels: a little smaller than FONT, the text around them.
    static QFont labelFont(const QFont &font);

protected:
    void changeEvent(QEvent *event) override;

private:
    SkillsRadarChart *radar() const;
    void buildRadar();
    void buildGaps();
    void buildWeekly();
    void restyle();
    void showHover(const QString &text, QWidget *view);
    QFont labelFont() const;

    QChartView *m_radarView;
    QChartView *m_gapView;
    QChartView *m_weeklyView;
    QList<RoadmapStats::CategoryLevel> m_levels;
    QList<RoadmapStats::Gap> m_gaps;
    QDate m_firstWeek;
    QList<int> m_minutes;
    double m_budget = 0;
    QString m_hoverText;
};
