#pragma once

#include <QSqlDatabase>
#include <QString>

#include "fileinspector.h"

#include <functional>
#include <memory>

class QLockFile;

// The open workbench: one SQLite file, locked against a second instance, checked and migrated.
// Refusals leave the file byte-for-byte as it was and add nothing beside it.
class Database
{
public:
    // Marks a SQLite file as a Career Workbench file ("CWB1").
    static constexpr quint32 ApplicationId = 0x43574231;

    enum class Status {
        Ok,
        NotSqlite, // not a SQLite database at all
        Foreign, // another program's SQLite file
        TooNew, // written by a newer Career Workbench
        Corrupt, // fails PRAGMA quick_check, or its schema is incomplete
        Locked, // open in another instance
        IoError, // cannot read, create or write
        MigrationFailed,
        InitFailed, // the new file could not be seeded
        NotFound, // no file at the path, and creating one was not asked for
        Exists, // a file is at the path, and only creating one was asked for
        ReadOnly, // the file (or its folder) may not be written
    };

    // What open() does about the path: open a file that is there or create a new one, only
    // open one (never create anything), or only create one (never open an existing file).
    enum class Creation { IfMissing, Never, Only };

    // Fills a brand-new workbench (the roadmap seed); runs inside one transaction.
    using Initializer = std::function<bool(QSqlDatabase &db, QString *error)>;

    // MIGRATIONSDIR holds the NNNN_name.sql files; tests point it at a set with extra steps.
    explicit Database(const QString &migrationsDir = QStringLiteral(":/migrations"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens PATH, creating and initialising it when it does not exist yet (see Creation).
    // A new workbench is built under a temporary name beside PATH, verified, and renamed into
    // place: a crash leaves no file at PATH, never a half-made one.
    bool open(const QString &path, const Initializer &initNew = {},
              Creation creation = Creation::IfMissing);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    Status status() const { return m_status; }
    QString error() const { return m_error; }
    bool createdNew() const { return m_createdNew; }
    // The verified backup written before migrating this file, if any.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;

    // The full check (`--check`): PRAGMA integrity_check (index contents, CHECK constraints,
    // key order) and foreign_key_check on the open file. False and *problems when unsound.
    bool verify(QString *problems) const;

    // Writes a consistent copy of the open workbench to TARGET (VACUUM INTO a temporary file
    // beside it, checked, then renamed over TARGET). The open file is not touched.
    bool saveCopy(const QString &target, QString *error) const;

    // The newest schema version the app knows (from the embedded migrations).
    static int latestSchemaVersion();
    // The newest version of this instance's migration set.
    int knownSchemaVersion() const;
    // The default workbench under QStandardPaths::AppDataLocation.
    static QString defaultPath();

private:
    bool fail(Status status, const QString &message);
    bool nameFits(const QString &path, int suffixLength);
    bool lock();
    bool createNew(const Initializer &initNew);
    Status build(const QString &temp, const Initializer &initNew, QString *message);
    bool openExisting();
    bool refuseByHeader(const FileInspector::Header &h);
    bool refuseBySchema(const FileInspector::Header &h, const QStringList &tables);
    Status migrate(QString *message);

    std::unique_ptr<QLockFile> m_lock;
    QString m_migrationsDir;
    QString m_path; // as the user named it (absolute)
    QString m_filePath; // the file itself, links resolved: what is locked and opened
    QString m_connectionName;
    QString m_error;
    QString m_backupPath;
    Status m_status = Status::Ok;
    bool m_createdNew = false;
};
