#pragma once

#include <QString>
#include <QStringList>

// Looks at a file before the app opens it for writing: reads the SQLite header directly
// (no connection, so nothing can be written or created beside the file) and, when asked,
// runs integrity and table checks on an immutable read-only connection.
class FileInspector
{
public:
    struct Header
    {
        bool readable = false; // the file could be opened for reading
        bool empty = false; // zero bytes: SQLite treats it as a new, empty database
        bool isSqlite = false; // starts with the SQLite magic string
        quint32 userVersion = 0; // PRAGMA user_version (offset 60)
        quint32 applicationId = 0; // PRAGMA application_id (offset 68)
    };

    static Header readHeader(const QString &path);

    // True when a non-empty write-ahead log lies beside PATH (a crash before checkpointing):
    // the newest committed pages, header included, are in the log, not in the file.
    static bool hasPendingWal(const QString &path);

    // The header values as SQLite sees them, the log included. Opens a read-only connection
    // (which reads, and may recover, a pending log); use only after hasPendingWal().
    static Header readThroughWal(const QString &path, QString *error);

    // Runs PRAGMA quick_check without locking or creating -wal/-shm files.
    // Returns an empty string when the file is sound, else SQLite's first complaint.
    static QString quickCheck(const QString &path);

    // User tables (excluding sqlite_* internals) in the file, read the same immutable way.
    // With a pending log, read through it.
    static QStringList userTables(const QString &path, QString *error = nullptr);
};
