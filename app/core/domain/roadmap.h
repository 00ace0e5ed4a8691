#pragma once

#include "roadmapgroup.h"
#include "skill.h"

#include <QList>

// The whole roadmap as the Skills page and the planner see it: stages and categories in their
// order, skills in stage order with their prerequisites, evidence counts and study time.
struct Roadmap
{
    QList<RoadmapGroup> stages;
    QList<RoadmapGroup> categories;
    QList<Skill> skills;

    const QList<RoadmapGroup> &groups(RoadmapGroup::Kind kind) const
    {
        return kind == RoadmapGroup::Kind::Stage ? stages : categories;
    }
};
