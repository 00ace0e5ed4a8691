#pragma once

#include "icalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The events a user wants in their own calendar: certification exams, expiries and renewals,
// and real interviews. UIDs are "<what>-<row id>@<workbench id>": the workbench id is a random
// id kept in the workbench's settings (written on the first export), so two workbenches never
// share a UID and a re-import of a later export updates the same events.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // Renewals are listed up to this many years ahead; past events a year back.
    static constexpr int YearsAhead = 5;

    static QList<CalendarEvent> events(QSqlDatabase db, const QDate &today, QString *error);
    // Writes the .ics file atomically (QSaveFile).
    static bool exportTo(QSqlDatabase db, const QString &path, const QDate &today, QString *error);
};
