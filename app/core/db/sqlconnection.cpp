#include "sqlconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

QString SqlConnection::uniqueName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return u"%1-%2"_s.arg(prefix).arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase SqlConnection::open(const QString &path, Mode mode, QString *error)
{
    const QString name = uniqueName(u"cw"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid()) {
        if (error)
            *error = QObject::tr("The SQLite driver for Qt is not installed (QSQLITE).");
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    if (mode == Immutable) {
        // immutable=1 tells SQLite the file cannot change: it takes no locks and creates no
        // journal, -wal or -shm file, so inspecting a file we may refuse leaves no trace.
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
    } else {
        db.setDatabaseName(path);
        if (mode == ReadOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        else
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open() || !applyPragmas(db, mode, error)) {
        if (error && error->isEmpty())
            *error = db.lastError().text();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    return db;
}

void SqlConnection::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool SqlConnection::applyPragmas(QSqlDatabase &db, Mode mode, QString *error)
{
    QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = 5000"_s,
        // Schema code (triggers, views) never runs functions with side effects.
        u"PRAGMA trusted_schema = OFF"_s,
    };
    if (mode == ReadWrite) {
        // synchronous = FULL syncs on every commit, so a committed edit survives a power loss.
        // The journal mode is not set here: switching to WAL writes the file's header, and a
        // file is changed only once it has been accepted (see enableWal()).
        pragmas << u"PRAGMA synchronous = FULL"_s;
    }
    for (const QString &sql : std::as_const(pragmas)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = QObject::tr("Could not apply \"%1\": %2").arg(sql, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool SqlConnection::enableWal(QSqlDatabase &db, QString *error)
{
    // WAL lets a reader thread (charts, reports) work while the GUI writes; with
    // synchronous = FULL the log is synced on every commit.
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA journal_mode = WAL"_s) && q.next()
        && q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (error)
        *error = QObject::tr("The write-ahead log cannot be switched on: %1")
                     .arg(q.lastError().text());
    return false;
}

ScopedConnection::ScopedConnection(const QString &path, SqlConnection::Mode mode)
{
    m_db = SqlConnection::open(path, mode, &m_error);
    m_name = m_db.connectionName();
}

ScopedConnection::~ScopedConnection()
{
    if (m_name.isEmpty())
        return;
    m_db = QSqlDatabase();
    SqlConnection::close(m_name);
}
