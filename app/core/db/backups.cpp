#include "backups.h"

#include "fileinspector.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

static QString backupPrefix(const QString &databasePath)
{
    return QFileInfo(databasePath).fileName() + u".backup-v"_s;
}

QStringList Backups::list(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    QDir dir = info.absoluteDir();
    const QStringList names = dir.entryList({backupPrefix(databasePath) + u'*'}, QDir::Files,
                                            QDir::Name | QDir::Reversed);
    QStringList paths;
    QList<QFileInfo> infos;
    for (const QString &n : names)
        infos << QFileInfo(dir.filePath(n));
    std::sort(infos.begin(), infos.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.fileName().section(u'-', -2) > b.fileName().section(u'-', -2);
    });
    for (const QFileInfo &fi : infos)
        paths << fi.absoluteFilePath();
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
                *error = QObject::tr("Could not write %1: %2").arg(target, q.lastError().text());
            QFile::remove(target);
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
            *error = QObject::tr("The copy %1 failed its check: %2").arg(target, problem);
        QFile::remove(target);
        return false;
    }
    return true;
}

QString Backups::write(QSqlDatabase db, const QString &databasePath, int version, QString *error)
{
    const QFileInfo info(databasePath);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmsszzz"_s);
    const QString target = info.absoluteDir().filePath(
        u"%1%2-%3.sqlite"_s.arg(backupPrefix(databasePath), QString::number(version), stamp));
    if (!vacuumInto(db, target, version, error))
        return {};
    const QStringList all = list(databasePath);
    for (int i = Keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return target;
}
