#include "db/backups.h"
#include "db/database.h"
#include "db/fileinspector.h"
#include "faultsupport.h"
#include "io/backupexport.h"
#include "io/demoworkbench.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using FaultSupport::recovered;
using FaultSupport::Tally;

// Kill points (issue 7, part 2): a child process performs each write path and is killed at a
// chosen step (every SQLite open, write, truncate, sync and delete is a step). After each kill
// the file is the old state or the new one, never anything between; nothing half-made is
// taken for a workbench; every kept backup opens; and running the same action again works.
class TestKillPoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWorkbench();
    void createDemo();
    void templateImport();
    void migrateWithBackup();
    void saveAs();
    void csvImport();
    void jsonResumeImport();
    void backupImport();
    void cleanupTestCase();

private:
    struct Run
    {
        bool killed = false;
        int exitCode = -1;
        long operations = 0;
        QString err;
    };
    Run child(long killAt, const QStringList &args);
    // Runs ARGS once to count its steps, then kills it at a spread of them. PREPARE sets up a
    // fresh folder (returns the args); CHECK judges the folder after a kill or a full run.
    void killAcross(const QString &part, const std::function<QStringList(const QString &)> &prepare,
                    const std::function<void(const QString &, bool complete, Tally &)> &check);
    void checkNewWorkbench(const QString &path, int skills, bool demo, bool complete, Tally &tally);

    QTemporaryDir m_dir;
    QString m_source; // a closed workbench with an edit in it
    QString m_template;
    QString m_migrations;
    QString m_csv;
    QString m_backup; // the demo workbench's full backup
    int m_demoSkills = 0;
    int m_demoProjects = 0;
    static constexpr int csvRows = 300;
    int m_builtInSkills = 0;
    int m_templateSkills = 0;
    int m_sourceSkills = 0;
    QList<Tally> m_tallies;
};

TestKillPoints::Run TestKillPoints::child(long killAt, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CW_FAULTCHILD_PATH), QStringList {QString::number(killAt)} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"hung"_s;
        return r;
    }
    r.killed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.startsWith(u"operations "_s))
        r.operations = out.mid(11).trimmed().toLong();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

void TestKillPoints::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(u"source.sqlite"_s);
    {
        Database db;
        QVERIFY2(db.open(m_source, NewWorkbench::builtInRoadmap()), qPrintable(db.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"UPDATE profile SET name = 'Source' WHERE id = 1"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM skills"_s) && q.next());
        m_sourceSkills = q.value(0).toInt();
    }
    m_builtInSkills = int(RoadmapTemplateJson::builtIn().skills.size());
    m_template = QStringLiteral(CW_TEST_DATA_DIR "/templates/small.json");
    QString error;
    const auto small = RoadmapTemplateJson::load(m_template, &error);
    QVERIFY2(small, qPrintable(error));
    m_templateSkills = int(small->skills.size());

    // The test migration (test tree only): the shipped schema has one version, so the
    // migrate-with-backup path is exercised with one more step.
    m_migrations = m_dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(m_migrations));
    const QStringList real = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files);
    for (const QString &name : real)
        QVERIFY(QFile::copy(u":/migrations/"_s + name, m_migrations + u'/' + name));
    QVERIFY(QFile::copy(
        QStringLiteral(CW_TEST_DATA_DIR "/migrations/next_step.sql"),
        m_migrations + u"/%1_next_step.sql"_s.arg(real.size() + 1, 4, 10, QLatin1Char('0'))));

    // A full backup of the demo workbench: every table has rows to restore.
    {
        const QString demo = m_dir.filePath(u"demo.sqlite"_s);
        QString error;
        QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(demo, {}, Database::Creation::Never), qPrintable(db.error()));
        m_backup = m_dir.filePath(u"demo-backup.json"_s);
        const WriteResult written
            = BackupExport::exportTo(db.connection(), m_backup, QDateTime::currentDateTimeUtc());
        QVERIFY2(written, qPrintable(written.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM skills), (SELECT count(*) FROM projects)"_s)
                && q.next());
        m_demoSkills = q.value(0).toInt();
        m_demoProjects = q.value(1).toInt();
    }

    // Interview sessions to import: enough rows for the write to span many steps, with quoted
    // newlines and topics so that every table the import writes is involved.
    m_csv = m_dir.filePath(u"sessions.csv"_s);
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("date,kind,format,company,role,duration_minutes,self_score,topics,questions_asked\n");
    for (int i = 0; i < csvRows; ++i)
        csv.write(QStringLiteral("%1,mock,coding,Company %2,ML engineer,45,%3,Graphs:%3;Heaps,"
                                 "\"Question %2\nand a second line\"\n")
                      .arg(QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate))
                      .arg(i)
                      .arg(1 + i % 5)
                      .toUtf8());
}

void TestKillPoints::killAcross(
    const QString &part, const std::function<QStringList(const QString &)> &prepare,
    const std::function<void(const QString &, bool complete, Tally &)> &check)
{
    Tally tally;
    tally.part = u"kill points, "_s + part;
    QTemporaryDir base(m_dir.filePath(part + u"-XXXXXX"_s));
    // One run to the end: how many steps there are, and that it works at all.
    const QString first = base.filePath(u"complete"_s);
    QDir().mkpath(first);
    const Run whole = child(0, prepare(first));
    QVERIFY2(whole.exitCode == 0 && !whole.killed, qPrintable(whole.err));
    QVERIFY(whole.operations > 0);
    check(first, true, tally);

    const long count = FaultSupport::full() ? 150 : 8;
    const QList<long> points = FaultSupport::spread(whole.operations, count);
    for (long at : points) {
        const QString folder = base.filePath(u"kill-%1"_s.arg(at));
        QDir().mkpath(folder);
        const QStringList args = prepare(folder);
        const Run killed = child(at, args);
        ++tally.tried;
        const QString where = u"step %1 of %2"_s.arg(at).arg(whole.operations);
        tally.check(killed.killed, where + u": not killed ("_s + killed.err + u')');
        check(folder, false, tally);
        // What the user does next: the same action again.
        const Run again = child(0, args);
        tally.check(!again.killed, where + u": the retry crashed"_s);
        check(folder, true, tally);
        if (!again.err.isEmpty() && again.exitCode != 0 && !again.err.contains(u"already exists"_s))
            tally.failures << where + u": the retry failed: "_s + again.err;
    }
    qInfo("%s", qPrintable(tally.summary()));
    m_tallies << tally;
    QVERIFY2(tally.failures.isEmpty(), tally.firstFailures().constData());
}

// A new workbench is there complete, or not there at all.
void TestKillPoints::checkNewWorkbench(const QString &path, int skills, bool demo, bool complete,
                                       Tally &tally)
{
    const QString where = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(path)) {
        tally.check(!complete, where + u": no workbench after a full run"_s);
        return;
    }
    Database db;
    if (!db.open(path, {}, Database::Creation::Never)) {
        tally.failures << where + u": a half-made file is at the name: "_s + db.error();
        return;
    }
    QString problems;
    tally.check(db.verify(&problems), where + u": "_s + problems);
    QSqlQuery q(db.connection());
    tally.check(q.exec(u"SELECT count(*) FROM skills"_s) && q.next()
                    && q.value(0).toInt() == skills,
                where + u": the skills are not all there"_s);
    if (demo)
        tally.check(q.exec(u"SELECT count(*) FROM projects"_s) && q.next()
                        && q.value(0).toInt() > 0,
                    where + u": the demo has no projects"_s);
    db.close();
    if (complete) {
        const QStringList left = QDir(where).entryList({u"*.creating-*"_s}, QDir::Files);
        tally.check(left.isEmpty(), where + u": left behind: "_s + left.join(u", "_s));
    }
}

void TestKillPoints::createWorkbench()
{
    killAcross(
        u"create workbench"_s,
        [](const QString &folder) {
            return QStringList {u"create"_s, folder + u"/w.sqlite"_s};
        },
        [this](const QString &folder, bool complete, Tally &t) {
            checkNewWorkbench(folder + u"/w.sqlite"_s, m_builtInSkills, false, complete, t);
        });
}

void TestKillPoints::createDemo()
{
    killAcross(
        u"create demo"_s,
        [](const QString &folder) {
            return QStringList {u"demo"_s, folder + u"/demo.sqlite"_s};
        },
        [this](const QString &folder, bool complete, Tally &t) {
            checkNewWorkbench(folder + u"/demo.sqlite"_s, m_builtInSkills, true, complete, t);
        });
}

void TestKillPoints::templateImport()
{
    killAcross(
        u"template import"_s,
        [this](const QString &folder) {
            return QStringList {u"template"_s, folder + u"/t.sqlite"_s, m_template};
        },
        [this](const QString &folder, bool complete, Tally &t) {
            checkNewWorkbench(folder + u"/t.sqlite"_s, m_templateSkills, false, complete, t);
        });
}

void TestKillPoints::migrateWithBackup()
{
    const int oldVersion = Database::latestSchemaVersion();
    killAcross(
        u"migrate with backup"_s,
        [this](const QString &folder) {
            const QString path = folder + u"/w.sqlite"_s;
            if (!QFileInfo::exists(path))
                QFile::copy(m_source, path);
            return QStringList {u"migrate"_s, path, m_migrations};
        },
        [this, oldVersion](const QString &folder, bool complete, Tally &t) {
            const QString path = folder + u"/w.sqlite"_s;
            const FileInspector::Report r
                = FileInspector::inspect(path, FileInspector::Depth::Integrity);
            const int version = int(r.header.userVersion);
            t.check(r.opened && r.problems.isEmpty(),
                    folder + u": damaged: "_s + r.error + r.problems.join(u"; "_s));
            t.check(version == oldVersion || (version == oldVersion + 1),
                    folder + u": schema version "_s + QString::number(version));
            t.check(!complete || version == oldVersion + 1, folder + u": not migrated"_s);
            const bool hasColumn = recovered(path,
                                             u"SELECT count(*) FROM pragma_table_info('skills') "
                                             "WHERE name = 'confidence'"_s)
                                       .toInt()
                == 1;
            t.check(hasColumn == (version == oldVersion + 1),
                    folder + u": the version and the schema disagree"_s);
            t.check(recovered(path, u"SELECT count(*) FROM skills"_s).toInt() == m_sourceSkills,
                    folder + u": skills lost"_s);
            for (const QString &b : Backups::list(path)) {
                const FileInspector::Report br
                    = FileInspector::inspect(b, FileInspector::Depth::Integrity);
                t.check(br.opened && br.problems.isEmpty()
                            && int(br.header.userVersion) == oldVersion,
                        b + u": a kept backup does not open"_s);
                t.check(recovered(b, u"SELECT count(*) FROM skills"_s).toInt() == m_sourceSkills,
                        b + u": the backup lacks skills"_s);
            }
            t.check(!complete || Backups::list(path).size() >= 1, folder + u": no backup"_s);
        });
}

void TestKillPoints::saveAs()
{
    killAcross(
        u"save as"_s,
        [this](const QString &folder) {
            const QString source = folder + u"/source.sqlite"_s;
            const QString target = folder + u"/target.sqlite"_s;
            if (!QFileInfo::exists(source)) {
                QFile::copy(m_source, source);
                // The file being replaced: another workbench.
                QFile::copy(m_source, target);
                Database other;
                if (other.open(target)) {
                    QSqlQuery q(other.connection());
                    q.exec(u"UPDATE profile SET name = 'Old target' WHERE id = 1"_s);
                }
            }
            return QStringList {u"saveas"_s, source, target};
        },
        [](const QString &folder, bool complete, Tally &t) {
            const QString target = folder + u"/target.sqlite"_s;
            const QString name = recovered(target, u"SELECT name FROM profile"_s).toString();
            t.check(name == "Source"_L1 || (!complete && name == "Old target"_L1),
                    folder + u": the target holds \""_s + name + u'"');
            const FileInspector::Report r
                = FileInspector::inspect(target, FileInspector::Depth::Integrity);
            t.check(r.opened && r.problems.isEmpty(), folder + u": the target is damaged"_s);
            t.check(
                recovered(folder + u"/source.sqlite"_s, u"SELECT name FROM profile"_s).toString()
                    == "Source"_L1,
                folder + u": the source changed"_s);
            if (complete) {
                const QStringList left = QDir(folder).entryList({u"*.saving-*"_s}, QDir::Files);
                t.check(left.isEmpty(), folder + u": left behind: "_s + left.join(u", "_s));
            }
        });
}

// A CSV import writes every session or none, and the workbench stays sound.
void TestKillPoints::csvImport()
{
    killAcross(
        u"CSV import"_s,
        [this](const QString &folder) {
            const QString path = folder + u"/w.sqlite"_s;
            if (!QFileInfo::exists(path))
                QFile::copy(m_source, path);
            return QStringList {u"csv"_s, path, m_csv};
        },
        [](const QString &folder, bool complete, Tally &t) {
            const QString path = folder + u"/w.sqlite"_s;
            const FileInspector::Report r
                = FileInspector::inspect(path, FileInspector::Depth::Integrity);
            t.check(r.opened && r.problems.isEmpty(),
                    folder + u": damaged: "_s + r.error + r.problems.join(u"; "_s));
            const int sessions
                = recovered(path, u"SELECT count(*) FROM interview_sessions"_s).toInt();
            t.check(sessions == csvRows || (!complete && sessions == 0),
                    folder + u": "_s + QString::number(sessions) + u" sessions after the import"_s);
            const int topics
                = recovered(path, u"SELECT count(*) FROM interview_session_topics"_s).toInt();
            t.check(topics == 2 * sessions,
                    folder + u": "_s + QString::number(topics) + u" session topics for "_s
                        + QString::number(sessions) + u" sessions"_s);
        });
}

// The counts a JSON Resume import changes: before it, all of them as they were; after it, all
// of them as the sample makes them. Never some of each.
static QList<int> resumeCounts(const QString &path)
{
    QList<int> counts;
    for (const char *table :
         {"work_history", "education", "languages", "projects", "certifications", "profile_links"})
        counts << recovered(path, u"SELECT count(*) FROM "_s + QLatin1String(table)).toInt();
    return counts;
}

static QString countsText(const QList<int> &counts)
{
    QStringList parts;
    for (int c : counts)
        parts << QString::number(c);
    return parts.join(u", "_s);
}

void TestKillPoints::jsonResumeImport()
{
    const QString resume = QStringLiteral(CW_TEST_DATA_DIR "/jsonresume/sample.resume.json");
    // The counts before and after a whole import, from a run without kills.
    const QString probe = m_dir.filePath(u"resume-probe.sqlite"_s);
    QVERIFY(QFile::copy(m_source, probe));
    const QList<int> before = resumeCounts(probe);
    const Run whole = child(0, {u"resume"_s, probe, resume});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const QList<int> after = resumeCounts(probe);
    QVERIFY2(before != after, "the sample imports nothing");
    killAcross(
        u"JSON Resume import"_s,
        [this, resume](const QString &folder) {
            const QString path = folder + u"/w.sqlite"_s;
            if (!QFileInfo::exists(path))
                QFile::copy(m_source, path);
            return QStringList {u"resume"_s, path, resume};
        },
        [before, after](const QString &folder, bool complete, Tally &t) {
            const QString path = folder + u"/w.sqlite"_s;
            const FileInspector::Report r
                = FileInspector::inspect(path, FileInspector::Depth::Integrity);
            t.check(r.opened && r.problems.isEmpty(),
                    folder + u": damaged: "_s + r.error + r.problems.join(u"; "_s));
            const QList<int> counts = resumeCounts(path);
            // A retry merges: the same file imported again adds nothing.
            t.check(counts == after || (!complete && counts == before),
                    folder + u": rows after the import: "_s + countsText(counts) + u" (before "_s
                        + countsText(before) + u", after "_s + countsText(after) + u')');
        });
}

// A restored backup is at its name complete, or not there at all.
void TestKillPoints::backupImport()
{
    killAcross(
        u"backup import"_s,
        [this](const QString &folder) {
            return QStringList {u"backup"_s, folder + u"/restored.sqlite"_s, m_backup};
        },
        [this](const QString &folder, bool complete, Tally &t) {
            const QString path = folder + u"/restored.sqlite"_s;
            if (!QFileInfo::exists(path)) {
                t.check(!complete, folder + u": nothing restored after a full run"_s);
                return;
            }
            const FileInspector::Report r
                = FileInspector::inspect(path, FileInspector::Depth::Integrity);
            t.check(r.opened && r.problems.isEmpty(),
                    folder + u": a half-made file is at the name: "_s + r.error
                        + r.problems.join(u"; "_s));
            t.check(recovered(path, u"SELECT count(*) FROM skills"_s).toInt() == m_demoSkills
                        && recovered(path, u"SELECT count(*) FROM projects"_s).toInt()
                            == m_demoProjects,
                    folder + u": the restored workbench lacks rows"_s);
            if (complete) {
                const QStringList left = QDir(folder).entryList({u"*.creating-*"_s}, QDir::Files);
                t.check(left.isEmpty(), folder + u": left behind: "_s + left.join(u", "_s));
            }
        });
}

void TestKillPoints::cleanupTestCase()
{
    int tried = 0, failed = 0;
    for (const Tally &t : std::as_const(m_tallies)) {
        tried += t.tried;
        failed += int(t.failures.size());
    }
    qInfo("kill points: tried %d, failed %d", tried, failed);
}

QTEST_GUILESS_MAIN(TestKillPoints)
#include "tst_killpoints.moc"
