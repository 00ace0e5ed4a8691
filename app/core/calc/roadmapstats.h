#pragma once

#include "domain/roadmap.h"

#include <QList>
#include <QString>

// The figures the Skills charts draw, computed from the roadmap alone.
class RoadmapStats
{
public:
    struct CategoryLevel
    {
        qint64 categoryId = 0;
        QString name;
        double current = 0; // mean current level of its skills (skipped ones left out)
        double target = 0; // mean target level
        int skills = 0;
    };
    struct Gap
    {
        qint64 skillId = 0;
        QString name;
        int gap = 0;
        int current = 0;
        int target = 0;
        bool operator==(const Gap &o) const
        {
            return skillId == o.skillId && name == o.name && gap == o.gap && current == o.current
                && target == o.target;
        }
    };

    // Categories that have at least one counted skill, in category order.
    static QList<CategoryLevel> categoryLevels(const Roadmap &roadmap);
    // The LIMIT largest gaps (skipped skills left out), largest first, ties in roadmap order.
    static QList<Gap> largestGaps(const QList<Skill> &skills, int limit);
};
