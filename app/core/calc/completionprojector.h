#pragma once

#include "domain/roadmapgroup.h"
#include "domain/skill.h"

#include <QDate>
#include <QList>

// Progress per stage (levels reached over levels targeted) and when each stage will be done.
//
// Each level still missing costs HOURSPERLEVEL hours. Stages are studied in roadmap order, so a
// stage is done once its own hours and those of every stage before it are spent at
// WEEKLYBUDGET hours a week: date = today + ceil(cumulative hours / budget x 7) days. With a
// zero budget nothing unfinished gets a date. Skipped skills count neither way.
class CompletionProjector
{
public:
    struct Progress
    {
        qint64 stageId = 0; // 0 for the overall line
        int levelsReached = 0;
        int levelsTargeted = 0;
        double remainingHours = 0;
        double cumulativeHours = 0;
        QDate completion; // invalid when complete or when there is no budget
        bool complete() const { return levelsReached >= levelsTargeted; }
        double fraction() const
        {
            return levelsTargeted > 0 ? double(levelsReached) / levelsTargeted : 1.0;
        }
    };

    // One entry per stage in STAGES order.
    static QList<Progress> project(const QList<RoadmapGroup> &stages, const QList<Skill> &skills,
                                   double weeklyBudgetHours, double hoursPerLevel,
                                   const QDate &today);
    // The whole roadmap: sums of the stages; completion is that of the last unfinished stage.
    static Progress overall(const QList<Progress> &stages);
};
