// Database: the copies of an open workbench (Save As) and the full check.
#include "database.h"

#include "backups.h"
#include "fileinspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

bool Database::verify(QString *problems) const
{
    bool more = false;
    QString error;
    const QStringList found
        = FileInspector::problems(connection(), FileInspector::Depth::Full, &more, &error);
    if (!error.isEmpty()) {
        if (problems)
            *problems = QObject::tr("%1 cannot be checked: %2")
                            .arg(QDir::toNativeSeparators(m_path), error);
        return false;
    }
    if (found.isEmpty())
        return true;
    if (problems)
        *problems
            = QObject::tr("%1 is damaged (integrity check: %2). Open one of its backups, or "
                          "save a copy (File > Save As) and check that.")
                  .arg(QDir::toNativeSeparators(m_path), FileInspector::summarize(found, more));
    return false;
}

bool Database::saveCopy(const QString &target, QString *error) const
{
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    const QString real = info.exists() ? info.canonicalFilePath() : absolute;
    if (absolute == m_path || real == m_filePath) {
        if (error)
            *error = QObject::tr("%1 is the open workbench; choose another file name.")
                         .arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    QLockFile otherLock(real + u".lock"_s);
    otherLock.setStaleLockTime(0);
    if (!otherLock.tryLock(0)) {
        if (error)
            *error = QObject::tr("%1 is open in another window or program; close it there first.")
                         .arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    // Copies that a crash left half-written: whoever wrote them held this lock, so none is
    // being written now.
    const QDir folder = info.absoluteDir();
    const QString savingPrefix = info.fileName() + u".saving-"_s;
    for (const QString &n : folder.entryList({savingPrefix + u'*'}, QDir::Files | QDir::Hidden)) {
        if (n.startsWith(savingPrefix))
            QFile::remove(folder.filePath(n));
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
