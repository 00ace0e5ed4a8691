#pragma once

#include "domain/skill.h"

#include <QList>
#include <QString>

// "What to learn next": ranks the skills that still have a gap.
//
// score = (target - current) x priority weight (low 1, normal 2, high 3, critical 4).
// A skill whose prerequisite still has a gap ranks after that prerequisite; the prerequisite
// is pulled up to the rank of the most urgent skill waiting for it (its "effective" score),
// so the top of the list is always something the user can start on now. Skipped skills and
// skills at or above their target are left out. Ties keep roadmap order.
//
// For the dashboard:
//   auto roadmap = RoadmapRepository(db).load(&error);
//   auto steps = LearningPlanner::rank(roadmap->skills);
class LearningPlanner
{
public:
    struct Step
    {
        qint64 skillId = 0;
        QString name;
        int currentLevel = 0;
        int targetLevel = 0;
        int priority = 2;
        int score = 0; // its own gap x weight
        int effectiveScore = 0; // max of its score and those of the skills waiting for it
        QList<qint64> unlocks; // skills with a gap that wait for this one
        QList<qint64> waitsFor; // prerequisites with a gap, all ranked above this one
        QString reason; // one sentence: why it is here
    };

    static int priorityWeight(int priority);
    static int score(const Skill &skill);
    // SKILLS in roadmap order (ties are broken by it).
    static QList<Step> rank(const QList<Skill> &skills);
};
