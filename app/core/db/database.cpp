#include "database.h"

#include "backups.h"
#include "fileinspector.h"
#include "migrator.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

Database::Database(const QString &migrationsDir)
    : m_migrationsDir(migrationsDir)
{ }

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Migrator(QSqlDatabase()).latestVersion();
}

int Database::knownSchemaVersion() const
{
    return Migrator(QSqlDatabase(), m_migrationsDir).latestVersion();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"workbench.sqlite"_s);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator(connection()).currentVersion();
}

bool Database::fail(Status status, const QString &message)
{
    m_status = status;
    m_error = message;
    if (!m_connectionName.isEmpty()) {
        SqlConnection::close(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    return false;
}

bool Database::lock()
{
    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    // 0: never treat a live holder's lock as stale by age; a lock left by a crashed
    // process (its PID gone) is still recognised as stale and taken over.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    QString message;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app)) {
        message
            = QObject::tr("%1 is already open in %2 (process %3 on %4). Close it there first.")
                  .arg(QDir::toNativeSeparators(m_path),
                       app.isEmpty() ? QObject::tr("another program") : app, QString::number(pid),
                       host.isEmpty() ? QObject::tr("this computer") : host);
    } else {
        message = QObject::tr("%1 cannot be locked for editing (is its folder writable?).")
                      .arg(QDir::toNativeSeparators(m_path));
    }
    m_lock.reset(); // tryLock failed: nothing of ours to remove
    m_status = Status::Locked;
    m_error = message;
    return false;
}

// Refusals that can be decided from the header need no lock and touch nothing.
bool Database::inspectExisting()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    FileInspector::Header h = FileInspector::readHeader(m_path);
    if (h.readable && FileInspector::hasPendingWal(m_path)) {
        // Left by a crash: the header in the file may be older than the log's copy.
        QString err;
        h = FileInspector::readThroughWal(m_path, &err);
        if (!err.isEmpty())
            return fail(Status::Corrupt, QObject::tr("%1 cannot be read: %2").arg(shown, err));
    }
    if (!h.readable)
        return fail(Status::IoError, QObject::tr("%1 cannot be read.").arg(shown));
    if (h.empty)
        return true;
    if (!h.isSqlite)
        return fail(Status::NotSqlite,
                    QObject::tr("%1 is not a Career Workbench file: it is not a SQLite database.")
                        .arg(shown));
    if (h.applicationId != 0 && h.applicationId != ApplicationId)
        return fail(Status::Foreign,
                    QObject::tr("%1 belongs to another program (SQLite application id %2), so "
                                "Career Workbench leaves it alone.")
                        .arg(shown, QString::number(h.applicationId)));
    const int latest = knownSchemaVersion();
    if (h.applicationId == ApplicationId && int(h.userVersion) > latest)
        return fail(Status::TooNew,
                    QObject::tr("%1 was written by a newer Career Workbench (schema version %2; "
                                "this version knows up to %3). Update the app to open it.")
                        .arg(shown, QString::number(h.userVersion), QString::number(latest)));
    return true;
}

bool Database::open(const QString &path, const Initializer &initNew)
{
    close();
    m_status = Status::Ok;
    m_error.clear();
    m_backupPath.clear();
    m_createdNew = false;
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);

    const bool exists = QFileInfo::exists(m_path);
    if (exists && !inspectExisting())
        return false;
    if (!exists && !QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(Status::IoError,
                    QObject::tr("The folder for %1 cannot be created.").arg(shown));

    if (!lock())
        return false;

    const bool pendingWal = exists && FileInspector::hasPendingWal(m_path);
    bool isNew = !exists || (!pendingWal && FileInspector::readHeader(m_path).empty);
    if (!isNew) {
        const QString problem = FileInspector::quickCheck(m_path);
        if (!problem.isEmpty())
            return fail(Status::Corrupt,
                        QObject::tr("%1 is damaged (integrity check: %2). It was left as it is; "
                                    "open one of its backups instead.")
                            .arg(shown, problem));
        QString walError;
        const FileInspector::Header h = pendingWal
            ? FileInspector::readThroughWal(m_path, &walError)
            : FileInspector::readHeader(m_path);
        if (!walError.isEmpty())
            return fail(Status::Corrupt, QObject::tr("%1 cannot be read: %2").arg(shown, walError));
        if (h.applicationId == 0) {
            QString err;
            const QStringList tables = FileInspector::userTables(m_path, &err);
            if (!err.isEmpty())
                return fail(Status::Corrupt, QObject::tr("%1 cannot be read: %2").arg(shown, err));
            if (!tables.isEmpty())
                return fail(Status::Foreign,
                            QObject::tr("%1 is another program's SQLite file (its tables: %2), "
                                        "so Career Workbench leaves it alone.")
                                .arg(shown, tables.mid(0, 5).join(u", "_s)));
            isNew = true; // an empty SQLite file: ours to fill
        }
    }

    QString err;
    {
        QSqlDatabase db = SqlConnection::open(m_path, SqlConnection::ReadWrite, &err);
        if (!db.isValid()) {
            if (!exists)
                QFile::remove(m_path);
            return fail(Status::IoError, QObject::tr("%1 cannot be opened: %2").arg(shown, err));
        }
        m_connectionName = db.connectionName();
    }
    // Every handle below is scoped, so fail() can close the connection cleanly.
    const Status outcome = migrateAndInit(&isNew, initNew, &err);
    if (outcome != Status::Ok) {
        fail(outcome, err);
        if (isNew && !exists)
            removeNewFile();
        return false;
    }
    m_createdNew = isNew;
    return true;
}

Database::Status Database::migrateAndInit(bool *isNew, const Initializer &initNew, QString *message)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection();
    Migrator migrator(db, m_migrationsDir);
    const int current = migrator.currentVersion();
    const int latest = migrator.latestVersion();
    // The connection has the final word: a file that already has a schema is never seeded
    // again, whatever its header looked like from outside.
    if (current > 0)
        *isNew = false;
    QString err;
    if (!*isNew && current > 0 && current < latest) {
        m_backupPath = Backups::write(db, m_path, current, &err);
        if (m_backupPath.isEmpty()) {
            *message = QObject::tr("No backup of %1 could be written before updating it, so it "
                                   "was not changed. %2")
                           .arg(shown, err);
            return Status::IoError;
        }
    }
    if (!migrator.migrate(ApplicationId)) {
        *message = QObject::tr("%1 could not be updated to schema version %2: %3")
                       .arg(shown, QString::number(latest), migrator.error());
        return Status::MigrationFailed;
    }
    if (*isNew && initNew) {
        if (!db.transaction() || !initNew(db, &err) || !db.commit()) {
            if (err.isEmpty())
                err = db.lastError().text();
            db.rollback();
            *message = QObject::tr("The new workbench %1 could not be set up: %2").arg(shown, err);
            return Status::InitFailed;
        }
    }
    return Status::Ok;
}

void Database::removeNewFile()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = connection();
            if (db.isOpen()) {
                // Fold the WAL back so the document is one self-contained file when closed.
                QSqlQuery q(db);
                q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            }
        }
        SqlConnection::close(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool Database::saveCopy(const QString &target, QString *error) const
{
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (absolute == m_path) {
        if (error)
            *error = QObject::tr("%1 is the open workbench; choose another file name.")
                         .arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    QLockFile otherLock(absolute + u".lock"_s);
    otherLock.setStaleLockTime(0);
    if (!otherLock.tryLock(0)) {
        if (error)
            *error = QObject::tr("%1 is open in another window or program; close it there first.")
                         .arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    const QString temp
        = absolute + u".saving-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temp);
    if (!Backups::vacuumInto(connection(), temp, schemaVersion(), error))
        return false;
    // A file being replaced may have its own -wal (left by a crash), -shm or -journal beside
    // it: left there, SQLite would replay them into the copy. Move them aside first (back
    // again if the copy cannot be put in place), then swap the copy in with one atomic rename
    // so the old file stays whole until the new one is complete.
    QStringList movedAside;
    const auto putBack = [&] {
        for (const QString &suffix : std::as_const(movedAside))
            QFile::rename(temp + suffix, absolute + suffix);
    };
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = absolute + QLatin1String(suffix);
        if (!QFileInfo::exists(side))
            continue;
        QFile::remove(temp + QLatin1String(suffix));
        if (!QFile::rename(side, temp + QLatin1String(suffix))) {
            putBack();
            QFile::remove(temp);
            if (error)
                *error
                    = QObject::tr("%1 cannot be replaced: %2 cannot be moved.")
                          .arg(QDir::toNativeSeparators(absolute), QDir::toNativeSeparators(side));
            return false;
        }
        movedAside << QLatin1String(suffix);
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                            std::filesystem::path(absolute.toStdU16String()), ec);
    if (ec) {
        QFile::remove(temp);
        putBack();
        if (error)
            *error = QObject::tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(absolute),
                              QString::fromLocal8Bit(ec.message()));
        return false;
    }
    for (const QString &suffix : std::as_const(movedAside))
        QFile::remove(temp + suffix);
    return true;
}
