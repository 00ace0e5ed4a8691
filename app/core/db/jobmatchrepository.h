#pragma once

#include "calc/jobmatcher.h"

#include <QSqlDatabase>

#include <optional>

// What job matching reads: every roadmap skill with its level, its aliases (table skill_aliases,
// kept with each skill) and its evidence (projects that use it, earned certifications that
// cover it, interview topics practised on it). Five queries in all, whatever the roadmap's size.
class JobMatchRepository
{
public:
    explicit JobMatchRepository(QSqlDatabase db);

    // nullopt (with *ERROR) when a table cannot be read.
    std::optional<QList<SkillProfile>> skills(QString *error) const;
    // Common terms a posting may ask for that are not roadmap skills.
    static QStringList vocabulary();

private:
    QSqlDatabase m_db;
};
