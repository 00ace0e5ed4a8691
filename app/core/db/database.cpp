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
#include <QSysInfo>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace {

// Longer than any schema version a Career Workbench will write: a larger one is damage.
constexpr quint32 MaxPlausibleVersion = 100000;
// Most file systems allow 255 bytes per name; SQLite adds "-journal" beside the file.
constexpr int MaxNameBytes = 255;
const auto CreatingInfix = ".creating-"_L1;
// Files up to this size get PRAGMA integrity_check on open, larger ones quick_check.
constexpr qint64 FullCheckBytes = 64 * 1024 * 1024;

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

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

bool Database::nameFits(const QString &path, int suffixLength)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype bytes = QFile::encodeName(name).size();
    if (bytes + suffixLength <= MaxNameBytes)
        return true;
    return fail(Status::IoError,
                QObject::tr("The file name of %1 is too long (%2 bytes). Career Workbench keeps "
                            "files beside it whose names add up to %3 bytes, and most systems "
                            "allow %4: choose a name of at most %5 bytes.")
                    .arg(QDir::toNativeSeparators(path), QString::number(bytes),
                         QString::number(suffixLength), QString::number(MaxNameBytes),
                         QString::number(MaxNameBytes - suffixLength)));
}

bool Database::lock()
{
    if (m_lock)
        return true;
    const QString lockPath = m_filePath + u".lock"_s;
    m_lock = std::make_unique<QLockFile>(lockPath);
    // 0: never treat a live holder's lock as stale by age; a lock left by a crashed
    // process (its PID gone) is still recognised as stale and taken over.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    QString message;
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app)) {
        const QString holder = app.isEmpty() ? QObject::tr("another program") : app;
        if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
            // A lock from another computer (a shared or synced folder) cannot be checked from
            // here, so it is never taken over silently: say how to release it.
            message = QObject::tr("%1 is open in %2 on the computer %3 (process %4). Close it "
                                  "there first. If it is no longer open there (that computer "
                                  "crashed or was switched off), delete %5 and try again.")
                          .arg(shown, holder, host, QString::number(pid),
                               QDir::toNativeSeparators(lockPath));
        } else {
            message = QObject::tr("%1 is already open in %2 (process %3 on %4). Close it there "
                                  "first.")
                          .arg(shown, holder, QString::number(pid),
                               host.isEmpty() ? QObject::tr("this computer") : host);
        }
    } else {
        message = QObject::tr("%1 cannot be locked for editing: %2 cannot be created.")
                      .arg(shown, QDir::toNativeSeparators(lockPath));
    }
    m_lock.reset(); // tryLock failed: nothing of ours to remove
    m_status = Status::Locked;
    m_error = message;
    return false;
}

bool Database::open(const QString &path, const Initializer &initNew, Creation creation)
{
    close();
    m_status = Status::Ok;
    m_error.clear();
    m_backupPath.clear();
    m_createdNew = false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_filePath = m_path;
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!nameFits(m_path, int(qstrlen("-journal"))))
        return false;

    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink()) {
        if (creation == Creation::Never)
            return fail(Status::NotFound, QObject::tr("%1: no such file.").arg(shown));
        if (!createNew(initNew))
            return false;
        if (!openExisting())
            return false;
        m_createdNew = true;
        return true;
    }
    if (creation == Creation::Only)
        return fail(Status::Exists,
                    QObject::tr("%1 already exists. A new workbench is only written to a new "
                                "file; choose another name.")
                        .arg(shown));
    return openExisting();
}

bool Database::createNew(const Initializer &initNew)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    // Room for NAME.creating-PID beside the file.
    if (!nameFits(m_path, CreatingInfix.size() + 10))
        return false;
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Status::IoError,
                    QObject::tr("The folder for %1 cannot be created.").arg(shown));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    m_filePath = QDir(folder).filePath(info.fileName());
    if (!lock())
        return false;

    // Half-made files from a creation that crashed: whoever made them held this lock, so
    // none is being written now.
    const QStringList leftovers = QDir(folder).entryList({info.fileName() + CreatingInfix + u'*'},
                                                         QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : leftovers) {
        if (name.startsWith(info.fileName() + CreatingInfix))
            QFile::remove(QDir(folder).filePath(name));
    }

    const QString temp
        = m_filePath + CreatingInfix + QString::number(QCoreApplication::applicationPid());
    removeWithSidecars(temp);
    QString message;
    const Status built = build(temp, initNew, &message);
    if (built != Status::Ok) {
        removeWithSidecars(temp);
        return fail(built, message);
    }
    // QFile::rename never replaces a file (renameat2 RENAME_NOREPLACE, or link + unlink).
    if (!QFile::rename(temp, m_filePath)) {
        removeWithSidecars(temp);
        if (QFileInfo::exists(m_filePath))
            return fail(Status::Exists,
                        QObject::tr("%1 appeared while the new workbench was being written; "
                                    "it was left as it is.")
                            .arg(shown));
        return fail(Status::IoError,
                    QObject::tr("The new workbench %1 cannot be put in place.").arg(shown));
    }
    return true;
}

Database::Status Database::build(const QString &temp, const Initializer &initNew, QString *message)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    {
        ScopedConnection c(temp, SqlConnection::ReadWrite);
        if (!c.isOpen()) {
            *message = QObject::tr("%1 cannot be created: %2").arg(shown, c.error());
            return Status::IoError;
        }
        QSqlDatabase db = c.db();
        Migrator migrator(db, m_migrationsDir);
        if (!migrator.migrate(ApplicationId)) {
            *message = QObject::tr("%1 could not be set up with schema version %2: %3")
                           .arg(shown, QString::number(migrator.latestVersion()), migrator.error());
            return Status::MigrationFailed;
        }
        if (initNew) {
            QString err;
            if (!db.transaction() || !initNew(db, &err) || !db.commit()) {
                if (err.isEmpty())
                    err = db.lastError().text();
                db.rollback();
                *message
                    = QObject::tr("The new workbench %1 could not be set up: %2").arg(shown, err);
                return Status::InitFailed;
            }
        }
    }
    // The finished file, read back on its own: only a sound one is put in place.
    const FileInspector::Report r = FileInspector::inspect(temp, FileInspector::Depth::Integrity);
    QString problem;
    if (!r.opened)
        problem = r.error;
    else if (!r.problems.isEmpty())
        problem = FileInspector::summarize(r.problems, r.moreProblems);
    else if (r.header.applicationId != ApplicationId
             || int(r.header.userVersion) != knownSchemaVersion())
        problem = QObject::tr("it has schema version %1").arg(r.header.userVersion);
    if (!problem.isEmpty()) {
        *message = QObject::tr("The new workbench %1 failed its check: %2").arg(shown, problem);
        return Status::InitFailed;
    }
    return Status::Ok;
}

bool Database::openExisting()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(Status::IoError,
                    QObject::tr("%1 is a folder, not a workbench file.").arg(shown));
    if (!info.exists())
        return fail(Status::IoError,
                    QObject::tr("%1 is a link to a file that does not exist.").arg(shown));
    m_filePath = info.canonicalFilePath();
    if (!info.isReadable())
        return fail(
            Status::IoError,
            QObject::tr("%1 cannot be read: you have no permission to read it.").arg(shown));
    const FileInspector::Header h = FileInspector::readHeader(m_filePath);
    if (!h.readable)
        return fail(Status::IoError, QObject::tr("%1 cannot be read.").arg(shown));
    const bool pendingLog = FileInspector::hasPendingLog(m_filePath);
    if (!pendingLog && refuseByHeader(h))
        return false;

    // The mode bits, not only access(): a file marked read-only stays so for an administrator.
    constexpr QFile::Permissions anyWrite
        = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QFileInfo real(m_filePath);
    if (!real.isWritable() || !(real.permissions() & anyWrite))
        return fail(Status::ReadOnly,
                    QObject::tr("%1 is read-only. Career Workbench writes every change to the "
                                "file at once, so it opens only a file it may change: make it "
                                "writable, or open a copy of it.")
                        .arg(shown));
    if (!QFileInfo(real.absolutePath()).isWritable())
        return fail(Status::ReadOnly,
                    QObject::tr("%1 is in a read-only folder. Career Workbench keeps a log and a "
                                "lock beside the file while it is open: move it to a folder you "
                                "may write to, or open a copy of it.")
                        .arg(shown));
    std::error_code ec;
    const auto links
        = std::filesystem::hard_link_count(std::filesystem::path(m_filePath.toStdU16String()), ec);
    if (!ec && links > 1)
        return fail(Status::IoError,
                    QObject::tr("%1 has %2 names (hard links). Career Workbench locks a file by "
                                "its name, so it opens only a file with one name: copy it, and "
                                "open the copy.")
                        .arg(shown, QString::number(links)));

    if (!lock())
        return false;
    // The full integrity check where it is cheap (a workbench is a few MB; on a 180 MB file
    // it took 16 times as long as the quick check), the quick check beyond.
    const auto depth = real.size() <= FullCheckBytes ? FileInspector::Depth::Integrity
                                                     : FileInspector::Depth::Quick;
    // With a log pending, everything is checked on a copy: a read-write connection to the
    // file itself would merge the log into it when closed, even on a refusal.
    const FileInspector::Report r
        = FileInspector::inspect(m_filePath, pendingLog ? depth : FileInspector::Depth::None);
    if (!r.opened)
        return fail(Status::Corrupt,
                    QObject::tr("%1 cannot be read as a workbench (%2). It was left as it is.")
                        .arg(shown, r.error));
    if (!r.problems.isEmpty())
        return fail(Status::Corrupt,
                    QObject::tr("%1 is damaged (integrity check: %2). It was left as it is; "
                                "open one of its backups instead.")
                        .arg(shown, FileInspector::summarize(r.problems, r.moreProblems)));
    if (refuseByHeader(r.header) || refuseBySchema(r.header, r.tables))
        return false;

    // Accepted: from here on the file may change.
    QString err;
    {
        QSqlDatabase db = SqlConnection::open(m_filePath, SqlConnection::ReadWrite, &err);
        if (!db.isValid())
            return fail(Status::IoError, QObject::tr("%1 cannot be opened: %2").arg(shown, err));
        m_connectionName = db.connectionName();
    }
    if (!pendingLog) {
        // Checked on the document connection before anything is written (a read-write
        // connection also checks CHECK constraints); a refusal closes it with the file as it
        // was.
        bool more = false;
        const QStringList problems = FileInspector::problems(connection(), depth, &more, &err);
        if (!err.isEmpty() || !problems.isEmpty())
            return fail(
                Status::Corrupt,
                QObject::tr("%1 is damaged (integrity check: %2). It was left as it is; "
                            "open one of its backups instead.")
                    .arg(shown, err.isEmpty() ? FileInspector::summarize(problems, more) : err));
    }
    // Every handle below is scoped, so fail() can close the connection cleanly.
    const Status outcome = migrate(&err);
    if (outcome != Status::Ok)
        return fail(outcome, err);
    return true;
}

// Refusals that the header alone decides.
bool Database::refuseByHeader(const FileInspector::Header &h)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (h.empty)
        return !fail(Status::NotSqlite,
                     QObject::tr("%1 is empty (0 bytes), so it holds no workbench. If it should, "
                                 "it was damaged: open one of its backups. To start a new "
                                 "workbench, choose a new file name.")
                         .arg(shown));
    if (!h.isSqlite)
        return !fail(Status::NotSqlite,
                     QObject::tr("%1 is not a Career Workbench file: it is not a SQLite database.")
                         .arg(shown));
    if (h.applicationId != 0 && h.applicationId != ApplicationId)
        return !fail(Status::Foreign,
                     QObject::tr("%1 belongs to another program (SQLite application id %2), so "
                                 "Career Workbench leaves it alone.")
                         .arg(shown, QString::number(h.applicationId)));
    const int latest = knownSchemaVersion();
    if (h.applicationId == ApplicationId && h.userVersion > MaxPlausibleVersion)
        return !fail(Status::Corrupt,
                     QObject::tr("%1 is damaged: its schema version (%2) is not one any Career "
                                 "Workbench writes. It was left as it is; open one of its "
                                 "backups instead.")
                         .arg(shown, QString::number(h.userVersion)));
    if (h.applicationId == ApplicationId && h.userVersion > quint32(latest))
        return !fail(Status::TooNew,
                     QObject::tr("%1 was written by a newer Career Workbench (schema version %2; "
                                 "this version knows up to %3). Update the app to open it.")
                         .arg(shown, QString::number(h.userVersion), QString::number(latest)));
    return false;
}

// Refusals that need the file's tables: whatever is not a complete workbench of its version.
bool Database::refuseBySchema(const FileInspector::Header &h, const QStringList &tables)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (h.applicationId == 0) {
        if (!tables.isEmpty())
            return !fail(Status::Foreign,
                         QObject::tr("%1 is another program's SQLite file (its tables: %2), so "
                                     "Career Workbench leaves it alone.")
                             .arg(shown, tables.mid(0, 5).join(u", "_s)));
        return !fail(Status::NotSqlite,
                     QObject::tr("%1 is an empty SQLite database, not a workbench. To start a "
                                 "new workbench, choose a new file name.")
                         .arg(shown));
    }
    if (h.userVersion == 0)
        return !fail(Status::Corrupt,
                     QObject::tr("%1 is damaged: it is marked as a workbench but has no schema "
                                 "version. It was left as it is; open one of its backups "
                                 "instead.")
                         .arg(shown));
    Migrator migrator(QSqlDatabase(), m_migrationsDir);
    const QStringList expected = migrator.tablesAt(int(h.userVersion));
    QStringList missing;
    for (const QString &t : expected)
        if (!tables.contains(t))
            missing << t;
    if (expected.isEmpty() || !missing.isEmpty())
        return !fail(
            Status::Corrupt,
            QObject::tr("%1 is damaged: tables of schema version %2 are missing (%3). It "
                        "was left as it is; open one of its backups instead.")
                .arg(shown, QString::number(h.userVersion),
                     expected.isEmpty() ? migrator.error() : missing.mid(0, 5).join(u", "_s)));
    return false;
}

Database::Status Database::migrate(QString *message)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection();
    Migrator migrator(db, m_migrationsDir);
    const int current = migrator.currentVersion();
    const int latest = migrator.latestVersion();
    QString err;
    if (current < latest) {
        m_backupPath = Backups::write(db, m_filePath, current, &err);
        if (m_backupPath.isEmpty()) {
            *message = QObject::tr("No backup of %1 could be written before updating it, so it "
                                   "was not changed. %2")
                           .arg(shown, err);
            return Status::IoError;
        }
        if (!migrator.migrate(ApplicationId)) {
            *message = QObject::tr("%1 could not be updated to schema version %2: %3")
                           .arg(shown, QString::number(latest), migrator.error());
            return Status::MigrationFailed;
        }
    }
    if (!SqlConnection::enableWal(db, &err)) {
        *message = QObject::tr("%1 cannot be opened: %2").arg(shown, err);
        return Status::IoError;
    }
    return Status::Ok;
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
