#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the calendar export reads beyond certifications: real interviews, and the workbench's
// own calendar id (kept in settings so exported event UIDs stay the same from export to export).
class CalendarRepository
{
public:
    struct Interview
    {
        qint64 id = 0;
        QDateTime occurredAt; // local, floating
        QString format; // the schema's word
        QString company;
        QString role;
        int durationMinutes = 0;
    };

    explicit CalendarRepository(QSqlDatabase db);

    // Real interviews (not mocks), oldest first; nullopt (with *ERROR) when unreadable.
    std::optional<QList<Interview>> realInterviews(QString *error) const;
    // The id, created and stored (in its own transaction) the first time it is asked for.
    QString workbenchCalendarId(QString *error);

private:
    QSqlDatabase m_db;
};
