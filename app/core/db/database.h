#pragma once

#include <QSqlDatabase>
#include <QString>

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
        Corrupt, // fails PRAGMA quick_check
        Locked, // open in another instance
        IoError, // cannot read, create or write
        MigrationFailed,
        InitFailed, // the new file could not be seeded
    };

    // Fills a brand-new workbench (the roadmap seed); runs inside one transaction.
    using Initializer = std::function<bool(QSqlDatabase &db, QString *error)>;

    // MIGRATIONSDIR holds the NNNN_name.sql files; tests point it at a set with extra steps.
    explicit Database(const QString &migrationsDir = QStringLiteral(":/migrations"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens PATH, creating and initialising it when it does not exist yet.
    bool open(const QString &path, const Initializer &initNew = {});
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
    bool inspectExisting();
    bool lock();
    void removeNewFile();
    Status migrateAndInit(bool *isNew, const Initializer &initNew, QString *message);

    std::unique_ptr<QLockFile> m_lock;
    QString m_migrationsDir;
    QString m_path;
    QString m_connectionName;
    QString m_error;
    QString m_backupPath;
    Status m_status = Status::Ok;
    bool m_createdNew = false;
};
