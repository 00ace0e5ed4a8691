#pragma once

// Shared by the fault suite: how big a run is, what a file holds as SQLite would recover it
// (read on a private copy, so checking never changes what is checked), and the tally that
// `make faults` prints.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QtGlobal>

#include <algorithm>

namespace FaultSupport {

// CW_FAULT_FULL=1 (make faults) runs every case; otherwise a spread sample for make test.
inline bool full()
{
    return qEnvironmentVariableIntValue("CW_FAULT_FULL") == 1;
}

// Up to COUNT cases spread evenly over 1..TOTAL, first and last included.
inline QList<long> spread(long total, long count)
{
    QList<long> points;
    if (total <= 0)
        return points;
    if (count >= total) {
        for (long i = 1; i <= total; ++i)
            points << i;
        return points;
    }
    for (long i = 0; i < count; ++i) {
        const long p = 1 + (total - 1) * i / std::max(1L, count - 1);
        if (points.isEmpty() || points.last() != p)
            points << p;
    }
    return points;
}

// The value of SQL in PATH as SQLite recovers it, its logs included, read on a copy.
inline QVariant recovered(const QString &path, const QString &sql)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("copy.sqlite"));
    for (const char *suffix : {"", "-wal", "-journal"}) {
        const QString from = path + QLatin1String(suffix);
        if (QFileInfo::exists(from))
            QFile::copy(from, copy + QLatin1String(suffix));
    }
    QVariant value;
    const QString name = QStringLiteral("fault-recovered");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Counts what was tried and what failed, with the first few failures spelled out.
struct Tally
{
    QString part;
    int tried = 0;
    QStringList failures;

    void check(bool ok, const QString &what)
    {
        if (!ok)
            failures << what;
    }
    QString summary() const
    {
        return QStringLiteral("%1: tried %2, failed %3").arg(part).arg(tried).arg(failures.size());
    }
    QByteArray firstFailures() const
    {
        return (summary() + QStringLiteral("\n  ")
                + failures.mid(0, 5).join(QStringLiteral("\n  ")))
            .toLocal8Bit();
    }
};

} // namespace FaultSupport
