#pragma once

#include "calc/roadmapstats.h"

#include <QList>
#include <QPolarChart>

#include <memory>

class QGraphicsItem;
class RadarCategoryLabels;

// The Skills page's radar: level against target per category, the level numbers written up
// the upright spoke on a backing of their own. A chart of its own, so that the printed
// portfolio draws the page's radar with this same code without building the page's other
// charts (SkillsCharts shows it with the gaps and the weekly hours).
class SkillsRadarChart : public QPolarChart
{
    Q_OBJECT
public:
    explicit SkillsRadarChart(QGraphicsItem *parent = nullptr);
    ~SkillsRadarChart() override;

    // Rebuilds the series and axes for LEVELS in PALETTE's colours, the category names and
    // level numbers in LABELFONT.
    void setLevels(const QList<RoadmapStats::CategoryLevel> &levels, const QPalette &palette,
                   const QFont &labelFont);
    const QList<RoadmapStats::CategoryLevel> &levels() const { return m_levels; }
    // The level numbers, centre outwards.
    QStringList radialLabels() const;
    // The category names round the circle (every one, always shown).
    const RadarCategoryLabels &categoryLabels() const { return *m_categoryLabels; }

signals:
    // The pointer came onto (STATE true) or left the line at category INDEX of levels().
    void categoryHovered(int index, bool state);

private:
    void placeLabels();
    void hideQtCategoryLabels();

    QList<RoadmapStats::CategoryLevel> m_levels;
    QList<QGraphicsItem *> m_radialLabels; // children of the chart
    std::unique_ptr<RadarCategoryLabels> m_categoryLabels;
};
