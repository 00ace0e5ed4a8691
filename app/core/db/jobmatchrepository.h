#pragma once

#include "calc/jobmatcher.h"

#include <QSqlDatabase>

// What job matching reads: every roadmap skill with its level, its aliases (the built-in list in
// :/seed/skill-aliases.json, by skill name) and its evidence (projects that use it, earned
// certifications that cover it, interview topics practised on it). Four queries in all.
class JobMatchRepository
{
public:
    explicit JobMatchRepository(QSqlDatabase db);

    QList<SkillProfile> skills(QString *error) const;
    // Common terms a posting may ask for that are not roadmap skills.
    static QStringList vocabulary();

private:
    QSqlDatabase m_db;
};
