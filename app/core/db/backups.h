#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Verified copies of a workbench file, written beside it before a migration.
class Backups
{
public:
    static constexpr int Keep = 5;

    // The backups of DATABASEPATH, newest first.
    static QStringList list(const QString &databasePath);

    // Copies the open DB (VACUUM INTO) to a new file beside DATABASEPATH, checks the copy
    // (quick_check and schema version) and keeps the newest Keep backups.
    // Returns the backup's path, or an empty string and *error.
    static QString write(QSqlDatabase db, const QString &databasePath, int version, QString *error);

    // VACUUM INTO TARGET (which must not exist) and verify the copy; removed when unsound.
    static bool vacuumInto(QSqlDatabase db, const QString &target, int expectedVersion,
                           QString *error);
};
