#include "db/backups.h"
#include "db/database.h"
#include "db/migrator.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"
#include "walfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What a user's file looks like from outside: its bytes and the files beside it.
using WalFile::FileState;
using WalFile::stateOf;

static int count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsMigratedAndSeeded();
    void reopeningIsANoOp();
    void pragmasAreSetOnEveryConnection();
    void refusedFilesAreLeftUntouched_data();
    void refusedFilesAreLeftUntouched();
    void damagedFileIsRefusedUntouched();
    void secondInstanceIsRefusedNamingTheHolder();
    void staleLockIsRecovered();
    void fileLeftByACrashIsNotSeededAgain();
    void foreignKeyViolationIsRejected();
    void checkConstraintRejectsOutOfRangeLevel();
    void olderFileIsBackedUpBeforeMigrating();
    void failedMigrationLeavesTheVersionAndData();
    void backupsKeepTheNewestFive();
    void saveCopyWritesAConsistentFile();
    void saveCopyRefusesTheOpenFile();
    void saveCopyOverAFileLeftByACrashIgnoresItsLog();

private:
    QString writeMigrationSet(const QTemporaryDir &dir, const QString &extraSql);
};

void TestDatabase::newFileIsMigratedAndSeeded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/new.sqlite"_s);
    Database db;
    QVERIFY2(db.open(path, NewWorkbench::builtInRoadmap()), qPrintable(db.error()));
    QVERIFY(db.createdNew());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(count(db.connection(), u"skills"_s) >= 60);
    QVERIFY(count(db.connection(), u"roadmap_stages"_s) >= 5);
    QCOMPARE(count(db.connection(), u"profile"_s), 1);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
    QCOMPARE(quint32(q.value(0).toLongLong()), Database::ApplicationId);
    QVERIFY(db.backupPath().isEmpty());

    // The seeded roadmap keeps the built-in study order, and every prerequisite came along.
    const RoadmapTemplate builtIn = RoadmapTemplateJson::builtIn();
    QVERIFY(q.exec(u"SELECT name FROM roadmap_stages ORDER BY position"_s));
    QStringList stages;
    while (q.next())
        stages << q.value(0).toString();
    QStringList expected;
    for (const auto &st : builtIn.stages)
        expected << st.name;
    QCOMPARE(stages, expected);
    QVERIFY(stages.first().contains(u"Foundations"_s));
    int edges = 0;
    for (const auto &sk : builtIn.skills)
        edges += sk.prerequisites.size();
    QCOMPARE(count(db.connection(), u"skill_prerequisites"_s), edges);
    QVERIFY(q.exec(u"SELECT count(*) FROM skills WHERE description = ''"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::reopeningIsANoOp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    }
    const FileState before = stateOf(path);
    {
        Database db;
        QVERIFY2(db.open(path, NewWorkbench::builtInRoadmap()), qPrintable(db.error()));
        QVERIFY(!db.createdNew());
        QVERIFY(db.backupPath().isEmpty());
    }
    // Nothing was re-seeded, migrated or backed up; the WAL was folded back on close.
    QCOMPARE(stateOf(path).folder, before.folder);
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(count(db.connection(), u"skills"_s),
             int(RoadmapTemplateJson::builtIn().skills.size()));
}

void TestDatabase::pragmasAreSetOnEveryConnection()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"p.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlQuery q(db.connection());
    const QList<QPair<QString, QString>> expected = {
        {u"foreign_keys"_s, u"1"_s},   {u"journal_mode"_s, u"wal"_s},
        {u"synchronous"_s, u"2"_s}, // FULL
        {u"trusted_schema"_s, u"0"_s}, {u"busy_timeout"_s, u"5000"_s},
    };
    for (const auto &[pragma, value] : expected) {
        QVERIFY(q.exec(u"PRAGMA "_s + pragma) && q.next());
        QCOMPARE(q.value(0).toString(), value);
    }
}

void TestDatabase::refusedFilesAreLeftUntouched_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("not SQLite") << u"skills.csv"_s << int(Database::Status::NotSqlite)
                                << u"not a SQLite database"_s;
    QTest::newRow("other program's tables")
        << u"other-program.sqlite"_s << int(Database::Status::Foreign) << u"notes"_s;
    QTest::newRow("foreign application id")
        << u"foreign-application-id.sqlite"_s << int(Database::Status::Foreign)
        << u"another program"_s;
    QTest::newRow("newer version") << u"from-a-newer-version.sqlite"_s
                                   << int(Database::Status::TooNew) << u"schema version 99"_s;
}

void TestDatabase::refusedFilesAreLeftUntouched()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, reasonContains);
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    QVERIFY(QFile::copy(QStringLiteral(CW_TEST_DATA_DIR "/files/") + fixture, path));
    const FileState before = stateOf(path);

    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QCOMPARE(int(db.status()), status);
    QVERIFY2(db.error().contains(reasonContains), qPrintable(db.error()));
    QVERIFY2(db.error().contains(fixture), "the message names the file");
    QVERIFY(!db.isOpen());
    QCOMPARE(stateOf(path), before);
}

void TestDatabase::damagedFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    }
    {
        // Scribble over the middle of the file, past the header: the b-tree pages break.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16384);
        f.seek(4096 * 3);
        f.write(QByteArray(4096 * 2, '\x5a'));
    }
    const FileState before = stateOf(path);
    Database db;
    QVERIFY(!db.open(path, NewWorkbench::builtInRoadmap()));
    QCOMPARE(db.status(), Database::Status::Corrupt);
    QVERIFY2(db.error().contains(u"damaged"_s), qPrintable(db.error()));
    QCOMPARE(stateOf(path), before);
}

void TestDatabase::secondInstanceIsRefusedNamingTheHolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    Database first;
    QVERIFY(first.open(path, NewWorkbench::builtInRoadmap()));
    const FileState before = stateOf(path);

    Database second;
    QVERIFY(!second.open(path, NewWorkbench::builtInRoadmap()));
    QCOMPARE(second.status(), Database::Status::Locked);
    QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error()));
    QCOMPARE(stateOf(path), before);
    QVERIFY(first.isOpen());
}

void TestDatabase::staleLockIsRecovered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crashed.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    }
    // A lock left behind by a process that no longer runs (QLockFile's format: pid, app, host).
    QFile lock(path + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999\ncareer-workbench\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QVERIFY(db.isOpen());
}

void TestDatabase::fileLeftByACrashIsNotSeededAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"live.sqlite"_s);
    const QString crashed = dir.filePath(u"crashed.sqlite"_s);
    Database live;
    QVERIFY(live.open(path, NewWorkbench::builtInRoadmap()));
    const int skills = count(live.connection(), u"skills"_s);
    QSqlQuery edit(live.connection());
    QVERIFY(edit.exec(u"UPDATE profile SET name = 'Unsaved' WHERE id = 1"_s));
    // Copy the file and its write-ahead log while it is open: what a crash leaves behind.
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    QVERIFY(QFile::copy(path, crashed));
    QVERIFY(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));

    Database db;
    QVERIFY2(db.open(crashed, NewWorkbench::builtInRoadmap()), qPrintable(db.error()));
    QVERIFY(!db.createdNew());
    QCOMPARE(count(db.connection(), u"skills"_s), skills);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT name FROM profile"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Unsaved"_s);
}

void TestDatabase::foreignKeyViolationIsRejected()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"fk.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) VALUES (?, ?, ?)"_s);
    q.addBindValue(987654);
    q.addBindValue(u"2026-01-01"_s);
    q.addBindValue(30);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
             qPrintable(q.lastError().text()));
    QCOMPARE(count(db.connection(), u"study_sessions"_s), 0);
}

void TestDatabase::checkConstraintRejectsOutOfRangeLevel()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"ck.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"UPDATE skills SET current_level = 6"_s));
    QVERIFY(q.exec(u"SELECT max(current_level) FROM skills"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QString TestDatabase::writeMigrationSet(const QTemporaryDir &dir, const QString &extraSql)
{
    const QString folder = dir.filePath(u"migrations"_s);
    QDir().mkpath(folder);
    const QStringList real
        = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : real)
        QFile::copy(u":/migrations/"_s + name, folder + u'/' + name);
    QFile extra(folder + u"/%1_test_step.sql"_s.arg(real.size() + 1, 4, 10, QLatin1Char('0')));
    if (!extra.open(QIODevice::WriteOnly))
        return {};
    extra.write(extraSql.toUtf8());
    return folder;
}

void TestDatabase::olderFileIsBackedUpBeforeMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    }
    const int skillsBefore = [&] {
        Database db;
        db.open(path);
        return count(db.connection(), u"skills"_s);
    }();
    const QString migrations = writeMigrationSet(
        dir,
        u"-- a later schema step\nALTER TABLE skills ADD COLUMN confidence INTEGER;\n"
        "CREATE INDEX skills_confidence ON skills(confidence);\n"_s);

    Database db(migrations);
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion() + 1);
    QVERIFY(!db.backupPath().isEmpty());
    QVERIFY(QFileInfo::exists(db.backupPath()));
    QCOMPARE(Backups::list(path).size(), 1);

    // The backup holds the file as it was: the old version and all its rows.
    Database copy;
    QVERIFY2(copy.open(db.backupPath()), qPrintable(copy.error()));
    QCOMPARE(copy.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(count(copy.connection(), u"skills"_s), skillsBefore);
}

void TestDatabase::failedMigrationLeavesTheVersionAndData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stays.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    }
    const QString migrations
        = writeMigrationSet(dir,
                            u"ALTER TABLE skills ADD COLUMN confidence INTEGER;\n"
                            "UPDATE skills SET confidence = 1;\n"
                            "INSERT INTO no_such_table VALUES (1);\n"_s);
    Database db(migrations);
    QVERIFY(!db.open(path));
    QCOMPARE(db.status(), Database::Status::MigrationFailed);
    QVERIFY2(db.error().contains(u"_test_step.sql, statement 3"_s), qPrintable(db.error()));

    Database again;
    QVERIFY2(again.open(path), qPrintable(again.error()));
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(again.connection());
    QVERIFY2(!q.exec(u"SELECT confidence FROM skills"_s), "the half-applied step was rolled back");
}

void TestDatabase::backupsKeepTheNewestFive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.sqlite"_s);
    Database db;
    QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    QStringList written;
    for (int i = 0; i < 7; ++i) {
        QString error;
        const QString b = Backups::write(db.connection(), path, db.schemaVersion(), &error);
        QVERIFY2(!b.isEmpty(), qPrintable(error));
        written << b;
    }
    const QStringList kept = Backups::list(path);
    QCOMPARE(kept.size(), Backups::Keep);
    QCOMPARE(kept.first(), written.last());
    QVERIFY(!QFileInfo::exists(written.first()));
}

void TestDatabase::saveCopyWritesAConsistentFile()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"source.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"UPDATE profile SET name = 'Ada' WHERE id = 1"_s));
    const QString target = dir.filePath(u"copy.sqlite"_s);
    QString error;
    QVERIFY2(db.saveCopy(target, &error), qPrintable(error));
    Database copy;
    QVERIFY2(copy.open(target), qPrintable(copy.error()));
    QSqlQuery c(copy.connection());
    QVERIFY(c.exec(u"SELECT name FROM profile"_s) && c.next());
    QCOMPARE(c.value(0).toString(), u"Ada"_s);
    QCOMPARE(count(copy.connection(), u"skills"_s), count(db.connection(), u"skills"_s));
}

void TestDatabase::saveCopyRefusesTheOpenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"self.sqlite"_s);
    Database db;
    QVERIFY(db.open(path, NewWorkbench::builtInRoadmap()));
    const FileState before = stateOf(path);
    QString error;
    QVERIFY(!db.saveCopy(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(stateOf(path).hash, before.hash);
}

void TestDatabase::saveCopyOverAFileLeftByACrashIgnoresItsLog()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"target.sqlite"_s);
    {
        // What a crash leaves at TARGET: the file with a write-ahead log not yet folded in.
        const QString other = dir.filePath(u"other.sqlite"_s);
        Database old;
        QVERIFY(old.open(other, NewWorkbench::builtInRoadmap()));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(q.exec(u"UPDATE profile SET name = 'Old' WHERE id = 1"_s));
        QVERIFY(q.exec(u"DELETE FROM skill_prerequisites"_s));
        QVERIFY(q.exec(u"DELETE FROM skills"_s));
        QVERIFY(QFileInfo(other + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(other, target));
        QVERIFY(QFile::copy(other + u"-wal"_s, target + u"-wal"_s));
    }
    Database db;
    QVERIFY(db.open(dir.filePath(u"source.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"UPDATE profile SET name = 'Ada' WHERE id = 1"_s));
    QString error;
    QVERIFY2(db.saveCopy(target, &error), qPrintable(error));

    // The replaced file's log belongs to the replaced file: it must not be replayed into the
    // copy.
    Database copy;
    QVERIFY2(copy.open(target), qPrintable(copy.error()));
    QSqlQuery c(copy.connection());
    QVERIFY(c.exec(u"SELECT name FROM profile"_s) && c.next());
    QCOMPARE(c.value(0).toString(), u"Ada"_s);
    QCOMPARE(count(copy.connection(), u"skills"_s), count(db.connection(), u"skills"_s));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
