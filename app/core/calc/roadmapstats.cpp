#include "roadmapstats.h"

#include <QHash>

#include <algorithm>

QList<RoadmapStats::CategoryLevel> RoadmapStats::categoryLevels(const Roadmap &roadmap)
{
    QList<CategoryLevel> levels;
    QHash<qint64, int> indexOf;
    for (const RoadmapGroup &c : roadmap.categories) {
        indexOf.insert(c.id, int(levels.size()));
        levels << CategoryLevel {c.id, c.name, 0, 0, 0};
    }
    for (const Skill &s : roadmap.skills) {
        const int i = indexOf.value(s.categoryId, -1);
        if (i < 0 || s.status == Skill::Status::Skipped)
            continue;
        levels[i].current += s.currentLevel;
        levels[i].target += s.targetLevel;
        ++levels[i].skills;
    }
    QList<CategoryLevel> result;
    for (CategoryLevel l : std::as_const(levels)) {
        if (l.skills == 0)
            continue;
        l.current /= l.skills;
        l.target /= l.skills;
        result << l;
    }
    return result;
}

QList<RoadmapStats::Gap> RoadmapStats::largestGaps(const QList<Skill> &skills, int limit)
{
    QList<Gap> gaps;
    for (const Skill &s : skills) {
        if (s.status != Skill::Status::Skipped && s.gap() > 0)
            gaps << Gap {s.id, s.name, s.gap(), s.currentLevel, s.targetLevel};
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const Gap &a, const Gap &b) { return a.gap > b.gap; });
    if (gaps.size() > limit)
        gaps.resize(std::max(0, limit));
    return gaps;
}
