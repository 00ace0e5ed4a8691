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
    const OverviewRepository::Counts c = OverviewRepository(db.connection()).counts(error);
    if (error && !error->isEmpty())
        return {};
    // Plain, stable, untranslated: scripts read this line.
    return u"%1: schema %2, %3 stages, %4 skills, %5 study sessions, %6 certifications, "
           "%7 projects, %8 interview sessions, %9 interview topics: ok"_s.arg(db.path())
               .arg(db.schemaVersion())
               .arg(c.stages)
               .arg(c.skills)
               .arg(c.studySessions)
               .arg(c.certifications)
               .arg(c.projects)
               .arg(c.interviewSessions)
               .arg(c.interviewTopics);
}
