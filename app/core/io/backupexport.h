#pragma once

#include "db/writeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QIODevice;
class TaskControl;

// Writes the whole workbench as one JSON document (docs/backup-format.md): every table, every
// row, in a fixed order, so two backups of the same data differ only in their export time.
// Streams: rows are written as they are read, one line each; memory does not grow with the
// workbench. Reads inside one read transaction, so the backup is one consistent state.
class BackupExport
{
    Q_DECLARE_TR_FUNCTIONS(BackupExport)

public:
    // Writes to PATH through QSaveFile (an existing file stays as it was on failure or cancel).
    // CONTROL (optional) gets progress in rows and may cancel.
    static WriteResult exportTo(QSqlDatabase db, const QString &path,
                                const QDateTime &exportedAt = QDateTime::currentDateTimeUtc(),
                                TaskControl *control = nullptr);
    static WriteResult write(QSqlDatabase db, QIODevice *out, const QDateTime &exportedAt,
                             TaskControl *control = nullptr);
};
