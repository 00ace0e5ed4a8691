#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Looks at a file before the app opens it for writing, without changing it or adding anything
// beside it: reads the SQLite header directly (no connection), and runs integrity and table
// checks either on an immutable connection or, when a log is pending beside the file, on a
// private copy of the file and its log (so the log is checked, never merged into the file).
class FileInspector
{
public:
    struct Header
    {
        bool readable = false; // the file could be opened for reading
        bool empty = false; // zero bytes
        bool isSqlite = false; // starts with the SQLite magic string
        quint32 userVersion = 0; // PRAGMA user_version (offset 60)
        quint32 applicationId = 0; // PRAGMA application_id (offset 68)
    };

    static Header readHeader(const QString &path);

    // True when a non-empty write-ahead log or rollback journal lies beside PATH (a crash
    // before checkpointing or rolling back): the file alone is not what SQLite will read.
    static bool hasPendingLog(const QString &path);

    enum class Depth {
        None, // header and tables only
        Quick, // PRAGMA quick_check: page structure, record formats, NOT NULL
        Integrity, // PRAGMA integrity_check: also index contents, key order, CHECK constraints
        Full, // integrity_check and foreign_key_check (`--check`)
    };

    // What SQLite sees in a file, its pending log included.
    struct Report
    {
        bool opened = false; // false: error says why the file could not be read as SQLite
        QString error;
        Header header; // user_version and application_id as SQLite reads them
        QStringList tables; // user tables, sqlite_* internals excluded
        QStringList problems; // integrity complaints, at most MaxProblems
        bool moreProblems = false; // more complaints than listed
    };
    static constexpr int MaxProblems = 20;

    // Reads PATH: with a pending log on a private copy (checked there at DEPTH, CHECK
    // constraints included), else on an immutable connection (checked at DEPTH, CHECK
    // constraints skipped).
    static Report inspect(const QString &path, Depth depth);

    // Integrity complaints of an open connection (at most MaxProblems); empty when sound.
    // A read-only connection skips CHECK constraints: use a read-write one for Depth::Full.
    static QStringList problems(QSqlDatabase db, Depth depth, bool *more, QString *error);

    // The first few problems, each shortened, and how many more: fit for a dialog or stderr.
    static QString summarize(const QStringList &problems, bool more);

    // Runs PRAGMA quick_check on an immutable connection (the file alone, no log).
    // Returns an empty string when the file is sound, else a short summary of the problems.
    static QString quickCheck(const QString &path);

    static QStringList userTables(QSqlDatabase db, QString *error);
};
