#pragma once

#include "calc/progressstats.h"
#include "writeresult.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

#include <optional>

// Reads what ProgressStats needs: study minutes per day and the history of level changes
// (skill_level_changes, filled by a trigger whenever a skill's level is written).
class ProgressRepository
{
public:
    explicit ProgressRepository(QSqlDatabase db);

    // Minutes studied per day (all sessions, skills and certifications) from FROM to TO.
    std::optional<QMap<QDate, int>> minutesPerDay(const QDate &from, const QDate &to,
                                                  QString *error) const;
    // Level changes from FROM on, oldest first.
    std::optional<QList<ProgressStats::LevelChange>> levelChanges(const QDate &from,
                                                                  QString *error) const;

    // Records CHANGES (each on its day, at AT on that day) as one prepared insert, in the
    // caller's transaction. For writers that know a history the trigger could not see: the
    // demo persona's levels gained over the last months.
    WriteResult insertLevelChanges(const QList<ProgressStats::LevelChange> &changes,
                                   const QTime &at);

private:
    QSqlDatabase m_db;
};
