#pragma once

#include "db/database.h"

#include <QString>

struct RoadmapTemplate;

// What every new workbench starts with: the built-in AI-engineer roadmap (or a given template).
class NewWorkbench
{
public:
    static Database::Initializer seededWith(const RoadmapTemplate &roadmap);
    static Database::Initializer builtInRoadmap();

    // One line for `--check`: schema version, row counts and "ok".
    static QString checkLine(const Database &db, QString *error);
};
