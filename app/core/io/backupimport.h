#pragma once

#include "db/writeresult.h"

#include <QCoreApplication>
#include <QString>

class TaskControl;

// Restores a full backup (docs/backup-format.md) into a NEW workbench file, never over an
// existing one. The file is built under a temporary name beside TARGET (Database's atomic
// creation), filled in one transaction as the backup is read (streamed: memory does not grow
// with the backup), checked, and only then renamed to TARGET. A refusal, a failure or a cancel
// leaves nothing at TARGET. A backup from a newer format version or a newer schema is refused
// by its number before anything is created.
class BackupImport
{
    Q_DECLARE_TR_FUNCTIONS(BackupImport)

public:
    struct Summary
    {
        int tables = 0;
        qint64 rows = 0;
        int schemaVersion = 0; // the backup's
    };

    static WriteResult importInto(const QString &backupPath, const QString &target,
                                  TaskControl *control = nullptr, Summary *summary = nullptr);
};
