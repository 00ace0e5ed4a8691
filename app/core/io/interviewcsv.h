#pragma once

#include "csvreader.h"
#include "domain/interviewsession.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Interview sessions as CSV: the columns, matched by name in any order, and the rules that turn
// a row into a session (and back). Text cells a spreadsheet would run as a formula are escaped
// on export with a leading apostrophe, and exactly that escaping is undone on import, so text
// survives a round trip byte for byte.
class InterviewCsv
{
public:
    // The columns written, in order ("ran_by" is ours; the others are the documented set).
    static QStringList columns();

    struct Row
    {
        InterviewSession session;
        int line = 0; // physical line the row starts on
    };

    struct Parsed
    {
        QList<Row> rows;
        QStringList notes; // e.g. unknown columns that were ignored
        QChar delimiter;
    };

    // Reads BYTES into sessions, checking every row (FORMATKEYS: the formats the workbench
    // knows). Stops at the first bad row.
    static std::optional<Parsed> read(const QByteArray &bytes, const QStringList &formatKeys,
                                      CsvReader::Error *error);

    // SESSIONS as a UTF-8 CSV file (with a byte order mark, CRLF line ends, comma-separated).
    static QByteArray write(const QList<InterviewSession> &sessions);

    // The formula escaping of one text cell, and its exact inverse.
    static QString escapeFormula(const QString &text);
    static QString unescapeFormula(const QString &cell);
    // "name:score;name" and back.
    static QString topicsCell(const QList<InterviewTopicScore> &topics);
};
