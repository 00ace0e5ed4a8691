#pragma once

// Test helpers that build what a crash or an attacker leaves beside a workbench: a write-ahead
// log with pending frames, a log whose frames are rewritten with valid checksums, and the
// state of a file and its folder as a user would compare them.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <functional>

namespace WalFile {

// A file's bytes and the names in its folder (hidden ones too).
struct FileState
{
    QByteArray hash;
    QStringList folder;
    bool operator==(const FileState &o) const { return hash == o.hash && folder == o.folder; }
};

inline QByteArray digestOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline FileState stateOf(const QString &path)
{
    FileState s;
    s.hash = digestOf(path) + digestOf(path + QStringLiteral("-wal"))
        + digestOf(path + QStringLiteral("-journal"));
    s.folder = QDir(QFileInfo(path).absolutePath())
                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    return s;
}

// Runs SQL on a plain connection (no app pragmas): how another tool would change a file.
inline bool runSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("walfile-raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = sql + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Copies SOURCE's file and its pending log to TARGET while a connection holds them open:
// exactly what a kill -9 leaves behind. STATEMENTS run first with automatic checkpoints off,
// so they stay in the log.
inline bool copyWithPendingLog(const QString &source, const QString &target,
                               const QStringList &statements)
{
    const QString name = QStringLiteral("walfile-pending");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        ok = db.open();
        QStringList all = {QStringLiteral("PRAGMA journal_mode = WAL"),
                           QStringLiteral("PRAGMA wal_autocheckpoint = 0")};
        all << statements;
        for (const QString &sql : std::as_const(all)) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        ok = ok && QFileInfo(source + QStringLiteral("-wal")).size() > 0;
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        ok = ok && QFile::copy(source, target)
            && QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The parts of a write-ahead log (https://sqlite.org/fileformat2.html#walformat).
constexpr int WalHeaderSize = 32;
constexpr int FrameHeaderSize = 24;

inline quint32 be32(const QByteArray &b, int at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

inline void putBe32(QByteArray *b, int at, quint32 v)
{
    qToBigEndian<quint32>(v, b->data() + at);
}

inline int walPageSize(const QByteArray &wal)
{
    return wal.size() < WalHeaderSize ? 0 : int(be32(wal, 8));
}

// Page numbers of the frames in the log, in order.
inline QList<quint32> walPages(const QByteArray &wal)
{
    QList<quint32> pages;
    const int pageSize = walPageSize(wal);
    if (pageSize <= 0)
        return pages;
    for (qsizetype at = WalHeaderSize; at + FrameHeaderSize + pageSize <= wal.size();
         at += FrameHeaderSize + pageSize)
        pages << be32(wal, int(at));
    return pages;
}

// SQLite's WAL checksum over DATA (a multiple of 8 bytes), continuing from S.
inline void walChecksum(bool bigEndian, const char *data, int size, quint32 s[2])
{
    for (int i = 0; i + 8 <= size; i += 8) {
        const quint32 x0
            = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                     : qFromLittleEndian<quint32>(data + i + 4);
        s[0] += x0 + s[1];
        s[1] += x1 + s[0];
    }
}

// Recomputes every checksum in WAL so that its frames are accepted as they are now.
inline void resealWal(QByteArray *wal)
{
    const int pageSize = walPageSize(*wal);
    if (pageSize <= 0)
        return;
    const bool bigEndian = (be32(*wal, 0) & 1) != 0;
    quint32 s[2] = {0, 0};
    walChecksum(bigEndian, wal->constData(), 24, s);
    putBe32(wal, 24, s[0]);
    putBe32(wal, 28, s[1]);
    for (qsizetype at = WalHeaderSize; at + FrameHeaderSize + pageSize <= wal->size();
         at += FrameHeaderSize + pageSize) {
        walChecksum(bigEndian, wal->constData() + at, 8, s);
        walChecksum(bigEndian, wal->constData() + at + FrameHeaderSize, pageSize, s);
        putBe32(wal, int(at) + 16, s[0]);
        putBe32(wal, int(at) + 20, s[1]);
    }
}

// Applies EDIT to the page data of frame INDEX and reseals the log.
inline bool editWalFrame(const QString &walPath, int index,
                         const std::function<void(char *page, int pageSize)> &edit)
{
    QFile f(walPath);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray wal = f.readAll();
    const int pageSize = walPageSize(wal);
    const qsizetype at
        = WalHeaderSize + qsizetype(index) * (FrameHeaderSize + pageSize) + FrameHeaderSize;
    if (pageSize <= 0 || at + pageSize > wal.size())
        return false;
    edit(wal.data() + at, pageSize);
    resealWal(&wal);
    f.seek(0);
    return f.write(wal) == wal.size();
}

} // namespace WalFile
