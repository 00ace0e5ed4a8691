#include "db/backups.h"
#include "db/database.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"
#include "walfile.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace Qt::StringLiterals;
using WalFile::stateOf;

// The promise of issue 7: a refused file is left exactly as it was (nothing added beside it),
// and a file that SQLite itself can recover opens with nothing lost.
class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void foreignLogIsNeverMergedOnRefusal();
    void craftedLogWithBadPageIsRefused();
    void crashDuringCheckpointStillOpens();
    void refusalAfterOpenLeavesJournalMode();
    void emptySchemaWithOurIdIsRefusedUntouched();
    void readOnlyFileIsRefusedWithNothingAdded();
    void refusalWithPendingLogAddsNoSharedMemoryFile();
    void newWorkbenchAppearsOnlyWhenComplete();
    void failedCreationLeavesNothing();
    void creationOnlyAndNeverCreate();
    void backupsAreMatchedExactly();
    void symlinkedFileSharesTheLock();
    void hardLinkedFileIsRefused();
    void fullCheckFindsWhatTheQuickCheckMisses();
    void hugeSchemaVersionIsNamed();
    void longFileNameIsNamed();
    void folderIsNamed();
    void damagedHeaderGivesAShortMessage();
    void emptyFileIsRefused();
    void lockFromAnotherComputerSaysWhatToDo();
    void longPrerequisiteChainsAreCheckedWithoutRecursion();
    void templateLimitsAreNamed();

private:
    QString makeWorkbench(const QString &name);
    QTemporaryDir m_dir;
    QString m_template; // a closed workbench, copied by the tests
};

static int scalar(const QString &path, const QString &sql)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scalar"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"scalar"_s);
    return value;
}

void TestFileSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.sqlite"_s);
    Database db;
    QVERIFY2(db.open(m_template, NewWorkbench::builtInRoadmap()), qPrintable(db.error()));
}

QString TestFileSafety::makeWorkbench(const QString &name)
{
    const QString dir = m_dir.filePath(name);
    QDir().mkpath(dir);
    const QString path = dir + u"/w.sqlite"_s;
    QFile::copy(m_template, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Defect 1a: another workbench's log copied beside a file.
void TestFileSafety::foreignLogIsNeverMergedOnRefusal()
{
    const QString path = makeWorkbench(u"foreignlog"_s);
    // This workbench's pages are laid out differently from the other's.
    QVERIFY(WalFile::runSql(path,
                            {u"UPDATE skills SET description = hex(randomblob(400))"_s,
                             u"DELETE FROM skills WHERE id % 4 = 0"_s}));
    const QString other = makeWorkbench(u"foreignlog-other"_s);
    const QString crashed = QFileInfo(other).absolutePath() + u"/crashed.sqlite"_s;
    QVERIFY(WalFile::copyWithPendingLog(
        other, crashed,
        {u"DELETE FROM skill_prerequisites"_s, u"DELETE FROM skills WHERE id % 3 = 0"_s}));
    QVERIFY(QFile::copy(crashed + u"-wal"_s, path + u"-wal"_s));
    const WalFile::FileState before = stateOf(path);

    Database db;
    if (db.open(path)) {
        // Accepted only if the result is sound.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        return;
    }
    QCOMPARE(stateOf(path), before);
}

// Defect 1b: a log whose page is broken but whose checksums are valid.
void TestFileSafety::craftedLogWithBadPageIsRefused()
{
    const QString source = makeWorkbench(u"craftedsource"_s);
    const QString path = QFileInfo(source).absolutePath() + u"/crafted.sqlite"_s;
    QVERIFY(WalFile::copyWithPendingLog(
        source, path, {u"UPDATE skills SET description = description || ' (edited)'"_s}));
    QFile wal(path + u"-wal"_s);
    QVERIFY(wal.open(QIODevice::ReadOnly));
    const QList<quint32> pages = WalFile::walPages(wal.readAll());
    wal.close();
    // Break a b-tree page (not page 1): an impossible page type byte.
    int frame = -1;
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i] > 2)
            frame = i;
    QVERIFY(frame >= 0);
    QVERIFY(WalFile::editWalFrame(path + u"-wal"_s, frame,
                                  [](char *page, int) { page[0] = char(0x07); }));
    const WalFile::FileState before = stateOf(path);

    Database db;
    QVERIFY2(!db.open(path), "a log that breaks the file is refused");
    QCOMPARE(db.status(), Database::Status::Corrupt);
    QCOMPARE(stateOf(path), before);
}

// Defect 2: a kill during the closing checkpoint leaves pages half-copied into the file; the
// log still holds every one of them, so SQLite recovers the file.
void TestFileSafety::crashDuringCheckpointStillOpens()
{
    const QString source = makeWorkbench(u"checkpoint"_s);
    const QString path = QFileInfo(source).absolutePath() + u"/killed.sqlite"_s;
    QVERIFY(WalFile::copyWithPendingLog(
        source, path,
        {u"UPDATE skills SET description = description || hex(randomblob(200))"_s,
         u"UPDATE profile SET name = 'Last edit' WHERE id = 1"_s}));
    QFile wal(path + u"-wal"_s);
    QVERIFY(wal.open(QIODevice::ReadOnly));
    const QByteArray log = wal.readAll();
    const int pageSize = WalFile::walPageSize(log);
    QList<quint32> pages = WalFile::walPages(log);
    QVERIFY(pages.size() > 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    // The checkpoint got half-way: some pages are written, one is torn.
    for (int i = 0; i < pages.size() / 2; ++i) {
        if (pages[i] < 2)
            continue;
        file.seek(qint64(pages[i] - 1) * pageSize);
        file.write(QByteArray(pageSize / 2, '\xee'));
    }
    file.close();

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT name FROM profile"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Last edit"_s);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
}

// Defect 3: a file refused after the read-write open was switched to WAL.
void TestFileSafety::refusalAfterOpenLeavesJournalMode()
{
    const QString path = makeWorkbench(u"journalmode"_s);
    QVERIFY(
        WalFile::runSql(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = 0"_s}));
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QVERIFY2(!db.error().isEmpty(), "the refusal says why");
    QCOMPARE(stateOf(path), before);
}

void TestFileSafety::emptySchemaWithOurIdIsRefusedUntouched()
{
    const QString path = m_dir.filePath(u"emptyschema/w.sqlite"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(WalFile::runSql(path,
                            {u"PRAGMA application_id = %1"_s.arg(qint32(Database::ApplicationId)),
                             u"PRAGMA user_version = 1"_s}));
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QCOMPARE(db.status(), Database::Status::Corrupt);
    QCOMPARE(stateOf(path), before);
}

// Defect 7: a read-only file (the user marked it so) gets no -wal or -shm beside it.
void TestFileSafety::readOnlyFileIsRefusedWithNothingAdded()
{
    const QString path = makeWorkbench(u"readonly"_s);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.error().contains(u"read-only"_s), qPrintable(db.error()));
    QCOMPARE(stateOf(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// Defect 8: a refusal that has to read through a pending log adds no -shm.
void TestFileSafety::refusalWithPendingLogAddsNoSharedMemoryFile()
{
    const QString dir = m_dir.filePath(u"pendingforeign"_s);
    QDir().mkpath(dir);
    const QString source = dir + u"/source.sqlite"_s;
    const QString path = dir + u"/other.sqlite"_s;
    QVERIFY(WalFile::runSql(source, {u"CREATE TABLE notes (body TEXT)"_s}));
    QVERIFY(WalFile::copyWithPendingLog(
        source, path, {u"PRAGMA application_id = 1234"_s, u"INSERT INTO notes VALUES ('kept')"_s}));
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::Foreign);
    QCOMPARE(stateOf(path), before);
}

// Defect 4: a new workbench is built under another name and appears complete or not at all.
void TestFileSafety::newWorkbenchAppearsOnlyWhenComplete()
{
    const QString path = m_dir.filePath(u"creating/new.sqlite"_s);
    bool seenDuringInit = true;
    Database db;
    QVERIFY2(db.open(path,
                     [&](QSqlDatabase &c, QString *error) {
                         seenDuringInit = QFileInfo::exists(path);
                         return NewWorkbench::builtInRoadmap()(c, error);
                     }),
             qPrintable(db.error()));
    QVERIFY2(!seenDuringInit, "nothing is at the path while the workbench is being made");
    QVERIFY(db.createdNew());
    QVERIFY(scalar(path, u"SELECT count(*) FROM skills"_s) > 50);
    db.close();
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList {u"new.sqlite"_s});
}

void TestFileSafety::failedCreationLeavesNothing()
{
    const QString folder = m_dir.filePath(u"failedcreate"_s);
    QDir().mkpath(folder);
    // A crashed creation's half-made file is cleared away by the next one.
    QFile leftover(folder + u"/new.sqlite.creating-99999"_s);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half");
    leftover.close();
    Database db;
    QVERIFY(!db.open(folder + u"/new.sqlite"_s, [](QSqlDatabase &, QString *error) {
        *error = u"seed refused"_s;
        return false;
    }));
    QCOMPARE(db.status(), Database::Status::InitFailed);
    QVERIFY2(db.error().contains(u"seed refused"_s), qPrintable(db.error()));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestFileSafety::creationOnlyAndNeverCreate()
{
    const QString folder = m_dir.filePath(u"creation"_s);
    const QString missing = folder + u"/typo/missing.sqlite"_s;
    Database db;
    QVERIFY(!db.open(missing, NewWorkbench::builtInRoadmap(), Database::Creation::Never));
    QCOMPARE(db.status(), Database::Status::NotFound);
    QVERIFY2(db.error().contains(u"no such file"_s), qPrintable(db.error()));
    QVERIFY2(!QFileInfo::exists(folder), "not even the folder is made");

    const QString existing = makeWorkbench(u"creation-existing"_s);
    const WalFile::FileState before = stateOf(existing);
    QVERIFY(!db.open(existing, NewWorkbench::builtInRoadmap(), Database::Creation::Only));
    QCOMPARE(db.status(), Database::Status::Exists);
    QCOMPARE(stateOf(existing), before);
}

// Defect 5: backups are found by their exact name, never by a wildcard.
void TestFileSafety::backupsAreMatchedExactly()
{
    const QString folder = m_dir.filePath(u"wildcards"_s);
    QDir().mkpath(folder);
    const QString bracket = folder + u"/wb[1].sqlite"_s;
    const QString plain = folder + u"/wb1.sqlite"_s;
    const QString question = folder + u"/?.sqlite"_s;
    const QString single = folder + u"/a.sqlite"_s;
    for (const QString &p : {bracket, plain, question, single})
        QVERIFY(QFile::copy(m_template, p));
    // Backups of the plain names, and a half-written one (no final name).
    QStringList others;
    for (const QString &p : {plain, single}) {
        Database db;
        QVERIFY2(db.open(p), qPrintable(db.error()));
        QString error;
        others << Backups::write(db.connection(), p, db.schemaVersion(), &error);
        QVERIFY2(!others.last().isEmpty(), qPrintable(error));
    }
    QFile partial(folder + u"/wb[1].sqlite.backup-v1-20260101-000000000.sqlite.partial"_s);
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write(QByteArray(4096, 'x'));
    partial.close();
    for (const QString &p : {bracket, question}) {
        Database db;
        QVERIFY2(db.open(p), qPrintable(db.error()));
        QVERIFY(Backups::list(p).isEmpty());
        for (int i = 0; i < Backups::Keep + 1; ++i) {
            QString error;
            QVERIFY2(!Backups::write(db.connection(), p, db.schemaVersion(), &error).isEmpty(),
                     qPrintable(error));
        }
        QCOMPARE(Backups::list(p).size(), Backups::Keep);
    }
    for (const QString &b : std::as_const(others))
        QVERIFY2(QFileInfo::exists(b), qPrintable(b + u" was removed"_s));
    QCOMPARE(Backups::list(plain), QStringList {others.first()});
    QCOMPARE(Backups::list(single), QStringList {others.last()});
    QVERIFY2(!partial.exists(), "a half-written backup is cleared away");
}

// Defect 6: the lock belongs to the file, not to the name it was opened by.
void TestFileSafety::symlinkedFileSharesTheLock()
{
    const QString path = makeWorkbench(u"symlink"_s);
    const QString link = QFileInfo(path).absolutePath() + u"/link.sqlite"_s;
    QVERIFY(QFile::link(path, link));
    Database first;
    QVERIFY2(first.open(path), qPrintable(first.error()));
    Database second;
    QVERIFY(!second.open(link));
    QCOMPARE(second.status(), Database::Status::Locked);
    first.close();
    QVERIFY2(second.open(link), qPrintable(second.error()));
    QCOMPARE(second.path(), QFileInfo(link).absoluteFilePath());
    Database third;
    QVERIFY(!third.open(path));
    QCOMPARE(third.status(), Database::Status::Locked);
}

void TestFileSafety::hardLinkedFileIsRefused()
{
    const QString path = makeWorkbench(u"hardlink"_s);
    const QString other = QFileInfo(path).absolutePath() + u"/other-name.sqlite"_s;
    std::error_code ec;
    std::filesystem::create_hard_link(path.toStdString(), other.toStdString(), ec);
    QVERIFY(!ec);
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(other));
    QVERIFY2(db.error().contains(u"hard links"_s), qPrintable(db.error()));
    QCOMPARE(stateOf(path), before);
}

// Defect 9: what `--check` runs finds missing index rows and CHECK violations.
void TestFileSafety::fullCheckFindsWhatTheQuickCheckMisses()
{
    const QString path = makeWorkbench(u"fullcheck"_s);
    // Rows changed while an index is hidden from the schema: the index misses them, and the
    // quick check (used on every open) does not look at index contents.
    QString error;
    const QString hide = u"CREATE TABLE saved AS SELECT * FROM sqlite_master "
                         "WHERE name = 'skills_category'"_s;
    QVERIFY2(WalFile::runSql(path,
                             {u"PRAGMA writable_schema = ON"_s, hide,
                              u"DELETE FROM sqlite_master WHERE name = 'skills_category'"_s},
                             &error),
             qPrintable(error));
    QVERIFY2(WalFile::runSql(path, {u"UPDATE skills SET category_id = 1 WHERE category_id <> 1"_s},
                             &error),
             qPrintable(error));
    QVERIFY2(
        WalFile::runSql(path,
                        {u"PRAGMA writable_schema = ON"_s,
                         u"INSERT INTO sqlite_master SELECT * FROM saved"_s, u"DROP TABLE saved"_s},
                        &error),
        qPrintable(error));
    // A workbench-sized file gets the full integrity check on every open.
    const WalFile::FileState before = stateOf(path);
    {
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.status(), Database::Status::Corrupt);
        QVERIFY2(db.error().contains(u"skills_category"_s), qPrintable(db.error()));
    }
    QCOMPARE(stateOf(path), before);
    const QString path2 = makeWorkbench(u"fullcheck-ck"_s);
    QVERIFY(WalFile::runSql(path2,
                            {u"PRAGMA ignore_check_constraints = ON"_s,
                             u"UPDATE skills SET current_level = 9 WHERE id = 1"_s}));
    {
        Database db;
        QVERIFY(!db.open(path2));
        QVERIFY2(db.error().contains(u"CHECK"_s), qPrintable(db.error()));
    }

    const QString path3 = makeWorkbench(u"fullcheck-fk"_s);
    QVERIFY(WalFile::runSql(path3,
                            {u"PRAGMA foreign_keys = OFF"_s,
                             u"INSERT INTO study_sessions (skill_id, studied_on, minutes) "
                             "VALUES (987654, '2026-01-01', 30)"_s}));
    // A broken reference does not stop the open (nothing SQLite trips over), but the
    // verification (`--check`) reports it.
    Database fk;
    QVERIFY2(fk.open(path3), qPrintable(fk.error()));
    QString problems;
    QVERIFY(!fk.verify(&problems));
    QVERIFY2(problems.contains(u"study_sessions"_s), qPrintable(problems));

    Database sound;
    QVERIFY(sound.open(makeWorkbench(u"fullcheck-sound"_s)));
    QVERIFY2(sound.verify(&problems), qPrintable(problems));
}

// Defect 12: every refusal says what is wrong.
void TestFileSafety::hugeSchemaVersionIsNamed()
{
    const QString path = makeWorkbench(u"hugeversion"_s);
    QVERIFY(WalFile::runSql(path, {u"PRAGMA user_version = -2147483648"_s}));
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.error().contains(u"2147483648"_s), qPrintable(db.error()));
    QCOMPARE(stateOf(path), before);
}

void TestFileSafety::longFileNameIsNamed()
{
    const QString path = m_dir.filePath(QString(248, u'n') + u".sqlite"_s);
    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QVERIFY2(db.error().contains(u"too long"_s), qPrintable(db.error()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestFileSafety::folderIsNamed()
{
    const QString path = m_dir.filePath(u"a-folder.sqlite"_s);
    QVERIFY(QDir().mkpath(path));
    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QVERIFY2(db.error().contains(u"folder"_s), qPrintable(db.error()));
}

void TestFileSafety::damagedHeaderGivesAShortMessage()
{
    const QString path = makeWorkbench(u"reserved"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(20); // bytes of reserved space at the end of every page
        f.write("\x40");
    }
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::Corrupt);
    QVERIFY2(db.error().size() < 800, qPrintable(db.error()));
    QVERIFY2(db.error().count(u'\n') < 3, qPrintable(db.error()));
}

// The decision on a 0-byte file: it is refused, never filled (README "Your data").
void TestFileSafety::emptyFileIsRefused()
{
    const QString path = m_dir.filePath(u"zero/w.sqlite"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const WalFile::FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QCOMPARE(db.status(), Database::Status::NotSqlite);
    QVERIFY2(db.error().contains(u"0 bytes"_s), qPrintable(db.error()));
    QCOMPARE(stateOf(path), before);
}

void TestFileSafety::lockFromAnotherComputerSaysWhatToDo()
{
    const QString path = makeWorkbench(u"otherhost"_s);
    QFile lock(path + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\ncareer-workbench\nsome-other-laptop\n");
    lock.close();
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::Locked);
    QVERIFY2(db.error().contains(u"some-other-laptop"_s), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"delete"_s)
                 && db.error().contains(QDir::toNativeSeparators(path + u".lock"_s)),
             qPrintable(db.error()));
}

// A roadmap template whose skills form one chain: each needs the one before.
static QByteArray chainTemplate(int skills, bool closeTheCircle)
{
    QByteArray json = R"({"format": "career-workbench-roadmap", "version": 1, "name": "Chain",
        "stages": [{"key": "s", "name": "S"}], "categories": [{"key": "c", "name": "C"}],
        "skills": [)";
    for (int i = 0; i < skills; ++i) {
        const int before = i == 0 ? (closeTheCircle ? skills - 1 : -1) : i - 1;
        json += (i ? ",\n" : "") + QByteArray(R"({"key": "k)") + QByteArray::number(i)
            + R"(", "name": "Skill )" + QByteArray::number(i)
            + R"(", "stage": "s", "category": "c", "prerequisites": [)"
            + (before >= 0 ? "\"k" + QByteArray::number(before) + '"' : QByteArray()) + "]}";
    }
    return json + "]}";
}

// Defect 11: a deep chain crashed the cycle check (one call per skill).
void TestFileSafety::longPrerequisiteChainsAreCheckedWithoutRecursion()
{
    QString error;
    const auto longest
        = RoadmapTemplateJson::parse(chainTemplate(RoadmapTemplateJson::MaxSkills, false), &error);
    QVERIFY2(longest, qPrintable(error));
    QCOMPARE(longest->skills.size(), RoadmapTemplateJson::MaxSkills);
    QVERIFY(
        !RoadmapTemplateJson::parse(chainTemplate(RoadmapTemplateJson::MaxSkills, true), &error));
    QVERIFY2(error.contains(u"circle"_s), qPrintable(error));
    QVERIFY(!RoadmapTemplateJson::parse(chainTemplate(50000, false), &error));
    QVERIFY2(error.contains(u"at most %1"_s.arg(RoadmapTemplateJson::MaxSkills)),
             qPrintable(error));
}

void TestFileSafety::templateLimitsAreNamed()
{
    QString error;
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!RoadmapTemplateJson::parse(deep, &error));
    QVERIFY2(error.contains(u"nested"_s), qPrintable(error));

    const QString big = m_dir.filePath(u"big.json"_s);
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(RoadmapTemplateJson::MaxFileBytes + 10, ' '));
    f.close();
    QVERIFY(!RoadmapTemplateJson::load(big, &error));
    QVERIFY2(error.contains(u"MB"_s), qPrintable(error));

    QByteArray longName = chainTemplate(2, false);
    longName.replace("Skill 1", QByteArray(RoadmapTemplateJson::MaxTextLength + 1, 'x'));
    QVERIFY(!RoadmapTemplateJson::parse(longName, &error));
    QVERIFY2(error.contains(u"skills[1].name"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
