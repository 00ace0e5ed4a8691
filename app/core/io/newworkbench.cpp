#include "newworkbench.h"

#include "db/overviewrepository.h"
#include "db/roadmaptemplaterepository.h"
#include "domain/roadmaptemplate.h"
#include "io/roadmaptemplatejson.h"

using namespace Qt::StringLiterals;

Database::Initializer NewWorkbench::seededWith(const RoadmapTemplate &roadmap)
{
    return [roadmap](QSqlDatabase &db, QString *error) {
        return RoadmapTemplateRepository(db).insert(roadmap, error);
    };
}

Database::Initializer NewWorkbench::builtInRoadmap()
{
    return seededWith(RoadmapTemplateJson::builtIn());
}

QString NewWorkbench::checkLine(const Database &db, QString *error)
{
    const std::optional<OverviewRepository::Counts> counts
        = OverviewRepository(db.connection()).counts(error);
    if (!counts)
        return {};
    const OverviewRepository::Counts &c = *counts;
    // Plain, stable, untranslated: scripts read this line.
    // The path goes in last: a '%1' in a file name must not be taken for a placeholder.
    return db.path() + u": "_s
        + u"schema %1, %2 stages, %3 skills, %4 study sessions, %5 certifications, "
          "%6 projects, %7 interview sessions, %8 interview topics: ok"_s.arg(db.schemaVersion())
              .arg(c.stages)
              .arg(c.skills)
              .arg(c.studySessions)
              .arg(c.certifications)
              .arg(c.projects)
              .arg(c.interviewSessions)
              .arg(c.interviewTopics);
}
