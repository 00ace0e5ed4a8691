#include "fileinspector.h"

#include "sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

FileInspector::Header FileInspector::readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    h.readable = true;
    const QByteArray bytes = f.read(100);
    if (bytes.isEmpty()) {
        h.empty = f.size() == 0;
        return h;
    }
    static const char magic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray(magic, sizeof(magic))))
        return h;
    h.isSqlite = true;
    h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return h;
}

bool FileInspector::hasPendingWal(const QString &path)
{
    const QFileInfo wal(path + u"-wal"_s);
    return wal.exists() && wal.size() > 0;
}

FileInspector::Header FileInspector::readThroughWal(const QString &path, QString *error)
{
    Header h = readHeader(path);
    ScopedConnection c(path, SqlConnection::ReadOnly);
    if (!c.isOpen()) {
        if (error)
            *error = c.error();
        return h;
    }
    QSqlQuery q(c.db());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        h.userVersion = quint32(q.value(0).toLongLong());
    if (q.exec(u"PRAGMA application_id"_s) && q.next())
        h.applicationId = quint32(q.value(0).toLongLong());
    h.isSqlite = true;
    h.empty = false;
    return h;
}

QString FileInspector::quickCheck(const QString &path)
{
    ScopedConnection c(path, SqlConnection::Immutable);
    if (!c.isOpen())
        return c.error();
    QSqlQuery q(c.db());
    if (!q.exec(u"PRAGMA quick_check"_s))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != "ok"_L1)
            problems << line;
    }
    return problems.join(u"; "_s);
}

QStringList FileInspector::userTables(const QString &path, QString *error)
{
    ScopedConnection c(path,
                       hasPendingWal(path) ? SqlConnection::ReadOnly : SqlConnection::Immutable);
    if (!c.isOpen()) {
        if (error)
            *error = c.error();
        return {};
    }
    QSqlQuery q(c.db());
    QStringList tables;
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}
