#pragma once

#include "calc/progressstats.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

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

private:
    QSqlDatabase m_db;
};
