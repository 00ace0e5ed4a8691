#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An RFC 4180 reader for files people export from spreadsheets: quoted fields, embedded line
// breaks and doubled quotes; UTF-8 with or without a byte order mark; comma, semicolon or tab;
// CRLF, LF or CR line ends. Every field knows the physical line it starts on, so a problem is
// reported as "line L, column C" even after a quoted line break. Iterative, with limits.
class CsvReader
{
public:
    struct Limits
    {
        qint64 maxBytes = 512LL * 1024 * 1024;
        int maxRecords = 2'000'000;
        int maxFields = 1'000;
        int maxFieldChars = 1'000'000;
    };

    struct Record
    {
        int line = 0; // physical line (1-based) of the record's first field
        QStringList fields;
        QList<int> fieldLines; // physical line each field starts on
    };

    struct Table
    {
        QChar delimiter = QLatin1Char(',');
        bool hadByteOrderMark = false;
        QList<Record> records; // blank lines left out; the first is the header
    };

    struct Error
    {
        int line = 0;
        int column = 0; // 1-based field number
        QString reason;
        // "line L, column C: reason"
        QString message() const;
    };

    // Reads BYTES. The delimiter is the one (of comma, semicolon, tab) that splits the first
    // line into the most names from EXPECTEDHEADER (then into the most fields; comma on a tie).
    static std::optional<Table> read(const QByteArray &bytes, const QStringList &expectedHeader,
                                     Error *error, const Limits &limits);
    static std::optional<Table> read(const QByteArray &bytes, const QStringList &expectedHeader,
                                     Error *error)
    {
        return read(bytes, expectedHeader, error, Limits());
    }

    // The byte offset of the first byte that is not well-formed UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from = 0);
};
