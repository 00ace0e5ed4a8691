#include "fileinspector.h"

#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

const char *const LogSuffixes[] = {"-wal", "-journal"};

QString header(QSqlDatabase db, const QString &pragma, quint32 *out)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_s + pragma) || !q.next())
        return q.lastError().text();
    // Both are 32-bit fields that SQLite reports signed: keep the bits.
    *out = quint32(q.value(0).toLongLong());
    return {};
}

} // namespace

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

bool FileInspector::hasPendingLog(const QString &path)
{
    for (const char *suffix : LogSuffixes) {
        const QFileInfo log(path + QLatin1String(suffix));
        if (log.exists() && log.size() > 0)
            return true;
    }
    return false;
}

FileInspector::Report FileInspector::inspect(const QString &path, Depth depth)
{
    Report r;
    // With a pending log, SQLite would replay it into the file on the first read-write open,
    // and a read-only connection would still add a -shm. So read a private copy instead: the
    // copy's recovery is exactly what the real open will do, and the original stays as it is.
    QTemporaryDir scratch(QDir::tempPath() + u"/cw-inspect-XXXXXX"_s);
    QString target = path;
    SqlConnection::Mode mode = SqlConnection::Immutable;
    if (hasPendingLog(path)) {
        if (!scratch.isValid()) {
            r.error = QObject::tr("no room for a temporary copy to check it (%1)")
                          .arg(scratch.errorString());
            return r;
        }
        target = scratch.filePath(u"copy.sqlite"_s);
        for (const char *suffix : {"", "-wal", "-journal"}) {
            const QString from = path + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::copy(from, target + QLatin1String(suffix))) {
                r.error = QObject::tr("a temporary copy to check it cannot be written");
                return r;
            }
        }
        mode = SqlConnection::ReadWrite; // recovers the copy, with CHECK constraints checked
    }
    ScopedConnection c(target, mode);
    if (!c.isOpen()) {
        r.error = c.error();
        return r;
    }
    r.header = readHeader(target);
    QString err = header(c.db(), u"user_version"_s, &r.header.userVersion);
    if (err.isEmpty())
        err = header(c.db(), u"application_id"_s, &r.header.applicationId);
    if (err.isEmpty())
        r.tables = userTables(c.db(), &err);
    if (err.isEmpty() && depth != Depth::None)
        r.problems = problems(c.db(), depth, &r.moreProblems, &err);
    if (!err.isEmpty()) {
        r.error = err;
        return r;
    }
    // SQLite read it, the log included: whatever the file's own first bytes say.
    r.header.readable = r.header.isSqlite = true;
    r.header.empty = false;
    r.opened = true;
    return r;
}

QStringList FileInspector::problems(QSqlDatabase db, Depth depth, bool *more, QString *error)
{
    QStringList found;
    *more = false;
    QSqlQuery q(db);
    if (depth == Depth::None)
        return {};
    const QString check = depth == Depth::Quick ? u"quick_check"_s : u"integrity_check"_s;
    // One row more than we keep tells whether there are more.
    if (!q.exec(u"PRAGMA %1(%2)"_s.arg(check).arg(MaxProblems + 1))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line == "ok"_L1)
            continue;
        if (found.size() == MaxProblems) {
            *more = true;
            break;
        }
        found << line;
    }
    q.finish();
    if (depth == Depth::Full && found.size() < MaxProblems) {
        if (!q.exec(u"PRAGMA foreign_key_check"_s)) {
            *error = q.lastError().text();
            return {};
        }
        while (q.next()) {
            if (found.size() == MaxProblems) {
                *more = true;
                break;
            }
            found << QObject::tr("row %1 of %2 refers to a row of %3 that does not exist")
                         .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        }
    }
    return found;
}

QString FileInspector::summarize(const QStringList &problems, bool more)
{
    constexpr int Shown = 3;
    constexpr int LineLength = 160;
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < Shown; ++i) {
        QString line = problems.at(i).simplified();
        if (line.size() > LineLength)
            line = line.left(LineLength - 3) + u"..."_s;
        lines << line;
    }
    QString text = lines.join(u"; "_s);
    const qsizetype rest = problems.size() - lines.size();
    if (more)
        text += QObject::tr(" (and more than %1 further problems)").arg(rest);
    else if (rest > 0)
        text += QObject::tr(" (and %1 further problems)").arg(rest);
    return text;
}

QString FileInspector::quickCheck(const QString &path)
{
    ScopedConnection c(path, SqlConnection::Immutable);
    if (!c.isOpen())
        return c.error();
    bool more = false;
    QString error;
    const QStringList found = problems(c.db(), Depth::Quick, &more, &error);
    return error.isEmpty() ? summarize(found, more) : error;
}

QStringList FileInspector::userTables(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
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
