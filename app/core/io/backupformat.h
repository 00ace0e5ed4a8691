#pragma once

#include <QString>

// The full backup's format (docs/backup-format.md): names and the version this app writes.
namespace BackupFormat {

inline const QString Format = QStringLiteral("career-workbench-backup");
// The format version written; a reader refuses a file with a newer one.
constexpr int Version = 1;

} // namespace BackupFormat
