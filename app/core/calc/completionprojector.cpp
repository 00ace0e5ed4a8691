#include "completionprojector.h"

#include <QHash>

#include <cmath>

QList<CompletionProjector::Progress>
CompletionProjector::project(const QList<RoadmapGroup> &stages, const QList<Skill> &skills,
                             double weeklyBudgetHours, double hoursPerLevel, const QDate &today)
{
    QList<Progress> result;
    QHash<qint64, int> indexOf;
    for (const RoadmapGroup &g : stages) {
        indexOf.insert(g.id, int(result.size()));
        Progress p;
        p.stageId = g.id;
        result << p;
    }
    for (const Skill &s : skills) {
        const int i = indexOf.value(s.stageId, -1);
        if (i < 0 || s.status == Skill::Status::Skipped)
            continue;
        result[i].levelsReached += std::min(s.currentLevel, s.targetLevel);
        result[i].levelsTargeted += s.targetLevel;
        result[i].remainingHours += s.gap() * std::max(0.0, hoursPerLevel);
    }
    double cumulative = 0;
    for (Progress &p : result) {
        cumulative += p.remainingHours;
        p.cumulativeHours = cumulative;
        if (p.complete() || weeklyBudgetHours <= 0)
            continue;
        const double days = std::ceil(cumulative / weeklyBudgetHours * 7.0 - 1e-9);
        p.completion = today.addDays(qint64(days));
    }
    return result;
}

CompletionProjector::Progress CompletionProjector::overall(const QList<Progress> &stages)
{
    Progress all;
    for (const Progress &p : stages) {
        all.levelsReached += p.levelsReached;
        all.levelsTargeted += p.levelsTargeted;
        all.remainingHours += p.remainingHours;
        all.cumulativeHours = p.cumulativeHours;
        if (!p.complete())
            all.completion = p.completion;
    }
    return all;
}
