#include "backups.h"

#include "fileinspector.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto PartialSuffix = ".partial"_L1;

// NAME.backup-vN-yyyyMMdd-HHmmsszzz.sqlite, NAME matched literally (a '[' or '?' in a file
// name is a character, never a wildcard). Group 1 is the version, group 2 the time stamp.
QRegularExpression backupPattern(const QString &databasePath)
{
    return QRegularExpression(u"^%1\\.backup-v(\\d+)-(\\d{8}-\\d{9})\\.sqlite$"_s.arg(
        QRegularExpression::escape(QFileInfo(databasePath).fileName())));
}

} // namespace

QStringList Backups::list(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern = backupPattern(databasePath);
    QList<std::pair<QString, QString>> found; // stamp, path
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &n : names) {
        const auto match = pattern.match(n);
        if (match.hasMatch())
            found.append({match.captured(2), dir.absoluteFilePath(n)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    QStringList paths;
    for (const auto &f : std::as_const(found))
        paths << f.second;
    return paths;
}

bool Backups::vacuumInto(QSqlDatabase db, const QString &target, int expectedVersion,
                         QString *error)
{
    {
        QSqlQuery q(db);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(QDir::toNativeSeparators(target));
        if (!q.exec()) {
            if (error)
                *error = QObject::tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(target), q.lastError().text());
            QFile::remove(target);
            QFile::remove(target + u"-journal"_s);
            return false;
        }
    }
    const FileInspector::Header h = FileInspector::readHeader(target);
    QString problem;
    if (!h.isSqlite)
        problem = QObject::tr("the copy is not a SQLite file");
    else if (int(h.userVersion) != expectedVersion)
        problem = QObject::tr("the copy has schema version %1, expected %2")
                      .arg(h.userVersion)
                      .arg(expectedVersion);
    else
        problem = FileInspector::quickCheck(target);
    if (!problem.isEmpty()) {
        if (error)
            *error = QObject::tr("The copy %1 failed its check: %2")
                         .arg(QDir::toNativeSeparators(target), problem);
        QFile::remove(target);
        return false;
    }
    return true;
}

QString Backups::write(QSqlDatabase db, const QString &databasePath, int version, QString *error)
{
    const QFileInfo info(databasePath);
    const QDir dir = info.absoluteDir();
    // Copies that a crash left half-written (they never got their final name).
    const QString partialPrefix = info.fileName() + u".backup-v"_s;
    for (const QString &n : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (n.startsWith(partialPrefix)
            && (n.endsWith(PartialSuffix) || n.endsWith(PartialSuffix + u"-journal"_s)))
            QFile::remove(dir.filePath(n));
    }
    // Names are millisecond time stamps: a backup made within the same millisecond as the newest
    // one (or after the clock went back) takes the next millisecond, so it never collides
    // with it and still sorts as the newest.
    const QString stampFormat = u"yyyyMMdd-HHmmsszzz"_s;
    QDateTime when = QDateTime::currentDateTime();
    if (const QStringList existing = list(databasePath); !existing.isEmpty()) {
        const auto match
            = backupPattern(databasePath).match(QFileInfo(existing.first()).fileName());
        const QDateTime newest = QDateTime::fromString(match.captured(2), stampFormat);
        if (newest.isValid() && when <= newest)
            when = newest.addMSecs(1);
    }
    const QString stamp = when.toString(stampFormat);
    const QString target
        = dir.filePath(u"%1%2-%3.sqlite"_s.arg(partialPrefix, QString::number(version), stamp));
    if (QFile::encodeName(QFileInfo(target).fileName() + PartialSuffix).size() > 255) {
        if (error)
            *error = QObject::tr("The name of a backup beside it would be too long; rename the "
                                 "file to a shorter name.");
        return {};
    }
    // Written under a temporary name and verified before it gets its name: a crash never
    // leaves something that looks like a backup and is not one.
    const QString partial = target + PartialSuffix;
    QFile::remove(partial);
    if (!vacuumInto(db, partial, version, error))
        return {};
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error)
            *error = QObject::tr("The backup %1 cannot be put in place.")
                         .arg(QDir::toNativeSeparators(target));
        return {};
    }
    const QStringList all = list(databasePath);
    for (int i = Keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return target;
}
