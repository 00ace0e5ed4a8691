#include "db/database.h"
#include "faultsupport.h"
#include "io/demoworkbench.h"
#include "walfile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using FaultSupport::Tally;

// The corrupt corpus (issue 7, part 1): variants of a demo workbench with flipped bits,
// scribbled, zeroed, swapped and cut pages, and foreign, garbage or crafted logs beside it.
// Every variant is refused with the file byte-identical and nothing added beside it, or
// accepted and then sound (PRAGMA integrity_check on a copy). None crashes or hangs.
class TestCorruptCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void variants();

private:
    enum Kind {
        HeaderBit,
        PageBit,
        PageScribble,
        Truncation,
        ZeroedPage,
        SwappedPages,
        ForeignLog,
        GarbageLog,
        CraftedLog,
        OwnLogBitFlip,
        GarbageJournal,
        KindCount
    };
    static QString kindName(int kind);
    bool make(int kind, QRandomGenerator &random, const QString &path);

    QTemporaryDir m_dir;
    QByteArray m_demo; // the demo workbench, closed
    QByteArray m_pending; // the demo with edits still in its log ...
    QByteArray m_pendingWal; // ... and that log
    QByteArray m_foreignWal; // another workbench's log
    int m_pageSize = 4096;
};

QString TestCorruptCorpus::kindName(int kind)
{
    static const char *const names[] = {"header bit flip", "page bit flip",
                                        "page scribble",   "truncation",
                                        "zeroed page",     "swapped pages",
                                        "foreign log",     "garbage log",
                                        "crafted log",     "own log with a flipped bit",
                                        "garbage journal"};
    return QString::fromLatin1(names[kind]);
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void TestCorruptCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString demo = m_dir.filePath(u"demo.sqlite"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    m_demo = readAll(demo);
    m_pageSize = qFromBigEndian<quint16>(m_demo.constData() + 16);
    if (m_pageSize == 1)
        m_pageSize = 65536;
    QVERIFY(m_demo.size() > 8 * m_pageSize);

    const QString pending = m_dir.filePath(u"pending.sqlite"_s);
    QVERIFY(WalFile::copyWithPendingLog(
        demo, pending,
        {u"UPDATE skills SET description = description || ' (revised)'"_s,
         u"UPDATE profile SET name = 'Pending' WHERE id = 1"_s,
         u"DELETE FROM study_sessions WHERE id % 5 = 0"_s}));
    m_pending = readAll(pending);
    m_pendingWal = readAll(pending + u"-wal"_s);

    // Another workbench (the plain roadmap, different rows) with its own pending log.
    const QString other = m_dir.filePath(u"other.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(other));
    }
    const QString otherCrashed = m_dir.filePath(u"other-crashed.sqlite"_s);
    QVERIFY(WalFile::copyWithPendingLog(
        other, otherCrashed,
        {u"CREATE TABLE filler (x TEXT)"_s,
         u"INSERT INTO filler SELECT hex(randomblob(900)) FROM skills"_s}));
    m_foreignWal = readAll(otherCrashed + u"-wal"_s);
    QVERIFY(!m_foreignWal.isEmpty() && !m_pendingWal.isEmpty());
}

bool TestCorruptCorpus::make(int kind, QRandomGenerator &random, const QString &path)
{
    QByteArray file = m_demo;
    const int pages = int(file.size() / m_pageSize);
    auto page = [&] {
        return int(random.bounded(pages));
    };
    switch (Kind(kind)) {
    case HeaderBit: {
        const int at = int(random.bounded(100));
        file[at] = char(file[at] ^ (1 << random.bounded(8)));
        break;
    }
    case PageBit: {
        const qsizetype at = qsizetype(page()) * m_pageSize + random.bounded(m_pageSize);
        file[at] = char(file[at] ^ (1 << random.bounded(8)));
        break;
    }
    case PageScribble: {
        const qsizetype at = qsizetype(page()) * m_pageSize + random.bounded(m_pageSize);
        const int length = int(random.bounded(1, 64));
        for (int i = 0; i < length && at + i < file.size(); ++i)
            file[at + i] = char(random.bounded(256));
        break;
    }
    case Truncation:
        file.truncate(random.bounded(2) ? qsizetype(random.bounded(1, pages)) * m_pageSize
                                        : random.bounded(1, int(file.size())));
        break;
    case ZeroedPage: {
        const qsizetype at = qsizetype(page()) * m_pageSize;
        std::fill(file.begin() + at, file.begin() + at + m_pageSize, '\0');
        break;
    }
    case SwappedPages: {
        const qsizetype a = qsizetype(page()) * m_pageSize;
        const qsizetype b = qsizetype(page()) * m_pageSize;
        const QByteArray first = file.mid(a, m_pageSize);
        file.replace(a, m_pageSize, file.mid(b, m_pageSize));
        file.replace(b, m_pageSize, first);
        break;
    }
    case ForeignLog:
        return writeAll(path, file) && writeAll(path + u"-wal"_s, m_foreignWal);
    case GarbageLog: {
        // Random bytes, sometimes behind a real log header so SQLite reads on.
        QByteArray wal(int(random.bounded(1, 8)) * (m_pageSize + 24) + 32, '\0');
        for (char &c : wal)
            c = char(random.bounded(256));
        if (random.bounded(2))
            wal.replace(0, 32, m_pendingWal.left(32));
        return writeAll(path, m_pending) && writeAll(path + u"-wal"_s, wal);
    }
    case CraftedLog: {
        // The file's own log with one frame changed and every checksum made valid again.
        if (!writeAll(path, m_pending) || !writeAll(path + u"-wal"_s, m_pendingWal))
            return false;
        const int frames = int(WalFile::walPages(m_pendingWal).size());
        const int frame = int(random.bounded(frames));
        const int offset = int(random.bounded(m_pageSize));
        const int length = int(random.bounded(1, 16));
        const quint32 seed = random.generate();
        return WalFile::editWalFrame(path + u"-wal"_s, frame, [&](char *p, int size) {
            QRandomGenerator local(seed);
            for (int i = 0; i < length && offset + i < size; ++i)
                p[offset + i] = char(local.bounded(256));
        });
    }
    case OwnLogBitFlip: {
        QByteArray wal = m_pendingWal;
        const qsizetype at = random.bounded(int(wal.size()));
        wal[at] = char(wal[at] ^ (1 << random.bounded(8)));
        return writeAll(path, m_pending) && writeAll(path + u"-wal"_s, wal);
    }
    case GarbageJournal: {
        QByteArray journal(int(random.bounded(512, 3 * m_pageSize)), '\0');
        for (char &c : journal)
            c = char(random.bounded(256));
        // Sometimes with a real journal's magic number, so it is taken as a hot journal.
        if (random.bounded(2))
            journal.replace(0, 8, QByteArray::fromHex("d9d505f920a163d7"));
        return writeAll(path, file) && writeAll(path + u"-journal"_s, journal);
    }
    case KindCount:
        break;
    }
    return writeAll(path, file);
}

void TestCorruptCorpus::variants()
{
    const int perKind = FaultSupport::full() ? 110 : 14;
    QList<Tally> tallies;
    int accepted = 0;
    for (int kind = 0; kind < KindCount; ++kind) {
        Tally tally;
        tally.part = u"corrupt corpus, "_s + kindName(kind);
        for (int i = 0; i < perKind; ++i) {
            QRandomGenerator random(quint32(kind * 100003 + i));
            const QString folder = m_dir.filePath(u"v%1-%2"_s.arg(kind).arg(i));
            QDir().mkpath(folder);
            const QString path = folder + u"/w.sqlite"_s;
            QVERIFY(make(kind, random, path));
            const WalFile::FileState before = WalFile::stateOf(path);
            ++tally.tried;
            const QString where = u"%1 #%2"_s.arg(kindName(kind)).arg(i);
            bool opened = false;
            {
                Database db;
                opened = db.open(path, {}, Database::Creation::Never);
                if (!opened) {
                    tally.check(WalFile::stateOf(path) == before,
                                where + u": refused ("_s + db.error().left(100)
                                    + u") but changed"_s);
                    tally.check(!db.error().isEmpty() && db.error().size() < 1000,
                                where + u": the refusal says nothing, or far too much"_s);
                }
            }
            if (opened) {
                ++accepted;
                const QString check
                    = FaultSupport::recovered(path, u"PRAGMA integrity_check"_s).toString();
                tally.check(check == "ok"_L1, where + u": accepted, then: "_s + check.left(100));
            }
            QDir(folder).removeRecursively();
        }
        qInfo("%s", qPrintable(tally.summary()));
        tallies << tally;
    }
    int tried = 0;
    QStringList failures;
    for (const Tally &t : std::as_const(tallies)) {
        tried += t.tried;
        failures << t.failures;
    }
    qInfo("corrupt corpus: tried %d, failed %lld (%d accepted as sound)", tried,
          qint64(failures.size()), accepted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 8).join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestCorruptCorpus)
#include "tst_corruptcorpus.moc"
