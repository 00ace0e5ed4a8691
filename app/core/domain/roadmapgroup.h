#pragma once

#include <QString>

// A stage of the roadmap or a skill category: both are named, ordered groups of skills.
struct RoadmapGroup
{
    enum class Kind { Stage, Category };

    Kind kind = Kind::Stage;
    qint64 id = 0;
    QString name;
    QString description;
    int position = 0;
};
