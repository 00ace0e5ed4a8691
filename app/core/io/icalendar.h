#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One event in an exported calendar. An all-day event has a date and no start time; a timed
// event has a start (local time of the user, written as floating time) and a duration.
struct CalendarEvent
{
    QString uid; // stable across exports, so a re-import updates the event instead of adding it
    QDate date;
    QDateTime start; // when valid, a timed event
    int durationMinutes = 0;
    QString summary;
    QString description;
};

// Writes RFC 5545 iCalendar text: CRLF line endings, lines folded at 75 octets without
// splitting a UTF-8 sequence, TEXT values escaped (backslash, semicolon, comma, newline).
class ICalendar
{
public:
    static QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stampUtc);

    static QString escapeText(const QString &text);
    // One content line folded to at most 75 octets a line, each line ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
};
