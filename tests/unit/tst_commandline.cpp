#include "db/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

static QProcessEnvironment withoutDisplay();

// Runs the real career-workbench binary the way a user or a script would, with no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void createThenCheckAWorkbench();
    void checkNeverCreatesAnything();
    void checkRunsTheFullCheck();
    void checkNeedsNoDisplay();
    void pathsWithPercentSignsAreShownAsTheyAre();
    void checkRefusesAndLeavesTheFile_data();
    void checkRefusesAndLeavesTheFile();
    void checkNamesAnUnreadableFileAndAFolder();
    void createDemoWritesAWorkbench();
    void createDemoNeverOverwrites();
    void versionAndHelp();
    void mistakesExitWithTwoWithoutADisplay_data();
    void mistakesExitWithTwoWithoutADisplay();
    void helpListsEveryCommandWithAnExample();
    void helpAndMessagesSpeakTheUsersLanguage();
    void scanRepoPrintsTheChecklist();
    void scanRepoJsonShape();
    void scanRepoFailUnderGatesCi();
    void scanRepoRefusesMissingAndUnreadableFolders();
    void exportIcsWritesACalendarAndCreatesNoWorkbench();
    void matchJobPrintsRequirementsAndJson();
    void everyCommandRefusesAWorkbenchTheSameWay_data();
    void everyCommandRefusesAWorkbenchTheSameWay();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QByteArray hashOf(const QString &path);
    // Runs as a user without privileges: the tests may run as root, who reads every file, and
    // a refusal for want of permission must be tested all the same. As root the command goes
    // through setpriv as "nobody"; DIR is opened up so that nobody can reach the files in it.
    Run runUnprivileged(const QStringList &args, const QTemporaryDir &dir);
};

TestCommandLine::Run TestCommandLine::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CW_APP_PATH), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray TestCommandLine::hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

TestCommandLine::Run TestCommandLine::runUnprivileged(const QStringList &args,
                                                      const QTemporaryDir &dir)
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
        const QStringList asNobody = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        QProcess p;
        p.setProcessEnvironment(withoutDisplay());
        p.start(u"setpriv"_s, asNobody + QStringList {QStringLiteral(CW_APP_PATH)} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
#else
    Q_UNUSED(dir)
#endif
    return run(args, withoutDisplay());
}

void TestCommandLine::createThenCheckAWorkbench()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    Run created = run({u"--create"_s, path});
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.out.trimmed().endsWith(u": ok"_s), qPrintable(created.err));
    // --create never replaces a file.
    const QByteArray before = hashOf(path);
    Run twice = run({u"--create"_s, path});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"already exists"_s), qPrintable(twice.err));
    QCOMPARE(hashOf(path), before);

    Run r = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.trimmed().endsWith(u": ok"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"schema %1"_s.arg(Database::latestSchemaVersion())),
             qPrintable(r.out));
    QVERIFY2(r.out.count(u'\n') == 1, "exactly one line");
    QCOMPARE(r.out, created.out);
    // Again: same answer, nothing added beside the file.
    const QStringList folder = QDir(dir.path()).entryList(QDir::Files);
    Run again = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, r.out);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), folder);
}

// Issue 7, defect 12: a mistyped path created folders and a new workbench, and said "ok".
void TestCommandLine::checkNeverCreatesAnything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"typo/missing.sqlite"_s);
    Run r = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no such file"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

// Issue 7, defect 9: --check is the user's "verify": the full integrity and foreign key checks.
void TestCommandLine::checkRunsTheFullCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken-link.sqlite"_s);
    QCOMPARE(run({u"--create"_s, path}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(q.exec(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) "
                       "VALUES (987654, '2026-01-01', 30)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    Run r = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"study_sessions"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::checkNeedsNoDisplay()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    const QString path = dir.filePath(u"headless.sqlite"_s);
    QCOMPARE(run({u"--create"_s, path}, env).exitCode, 0);
    Run r = run({u"--database"_s, path, u"--check"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"ok"_s), qPrintable(r.err));
}

void TestCommandLine::pathsWithPercentSignsAreShownAsTheyAre()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"100%1 sure.sqlite"_s);
    QCOMPARE(run({u"--create"_s, path}).exitCode, 0);
    Run r = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QFileInfo(path).absoluteFilePath() + u": schema"_s),
             qPrintable(r.out));
    QFile::remove(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("plain text");
    f.close();
    Run refused = run({u"--database"_s, path, u"--check"_s});
    QVERIFY(refused.exitCode > 0);
    QVERIFY2(refused.err.contains(u"100%1 sure.sqlite"_s), qPrintable(refused.err));
}

void TestCommandLine::checkRefusesAndLeavesTheFile_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not SQLite") << u"skills.csv"_s << u"not a SQLite database"_s;
    QTest::newRow("another program") << u"other-program.sqlite"_s << u"another program"_s;
    QTest::newRow("newer version") << u"from-a-newer-version.sqlite"_s << u"newer"_s;
}

void TestCommandLine::checkRefusesAndLeavesTheFile()
{
    QFETCH(QString, fixture);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    QVERIFY(QFile::copy(QStringLiteral(CW_TEST_DATA_DIR "/files/") + fixture, path));
    const QByteArray before = hashOf(path);
    Run r = run({u"--database"_s, path, u"--check"_s});
    QVERIFY(r.exitCode > 0);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {fixture});
}

void TestCommandLine::createDemoWritesAWorkbench()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    Run r = run({u"--create-demo"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"ok"_s), qPrintable(r.err));
    Run check = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(!check.out.contains(u" 0 projects"_s), qPrintable(check.out));
    QVERIFY2(!check.out.contains(u" 0 interview sessions"_s), qPrintable(check.out));
}

void TestCommandLine::createDemoNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.sqlite"_s);
    QVERIFY(run({u"--create"_s, path}).exitCode == 0);
    const QByteArray before = hashOf(path);
    Run r = run({u"--create-demo"_s, path});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(u"mine.sqlite"_s), qPrintable(r.err));
    QCOMPARE(hashOf(path), before);
}

void TestCommandLine::versionAndHelp()
{
    Run v = run({u"--version"_s});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.contains(u"0."_s));
    Run h = run({u"--help"_s});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains(u"--check"_s));
    QVERIFY(h.out.contains(u"--create-demo"_s));
}

static QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    // The platform a user without a display would get: without the command line being read
    // first, the app would abort here ("could not connect to display").
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    return env;
}

void TestCommandLine::mistakesExitWithTwoWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("missing value") << QStringList {u"--database"_s} << u"database"_s;
    QTest::newRow("two commands") << QStringList {u"--check"_s, u"--create-demo"_s, u"x"_s}
                                  << u"do not go together"_s;
    QTest::newRow("file twice") << QStringList {u"--database"_s, u"a.sqlite"_s, u"b.sqlite"_s}
                                << u"not both"_s;
    QTest::newRow("two files") << QStringList {u"a.sqlite"_s, u"b.sqlite"_s} << u"one workbench"_s;
    QTest::newRow("workbench for a command without one")
        << QStringList {u"--database"_s, u"a.sqlite"_s, u"--create-demo"_s, u"b.sqlite"_s}
        << u"--create-demo"_s;
}

void TestCommandLine::mistakesExitWithTwoWithoutADisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.setProcessEnvironment(withoutDisplay());
    p.start(QStringLiteral(CW_APP_PATH), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.contains(u"--help"_s), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
    // A mistake creates nothing.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCommandLine::helpListsEveryCommandWithAnExample()
{
    Run h = run({u"--help"_s}, withoutDisplay());
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.contains(u"career-workbench --database my.cwbench --check"_s),
             qPrintable(h.out));
    QVERIFY2(h.out.contains(u"career-workbench --create-demo demo.cwbench"_s), qPrintable(h.out));
    QVERIFY2(h.out.contains(u"career-workbench --create my.cwbench"_s), qPrintable(h.out));
    QVERIFY2(h.out.contains(u"[FILE]"_s), qPrintable(h.out));
}

// A German desktop gets German help and German messages, the commands' own texts included
// (they were English while the tr() context at run time differed from the one lupdate files
// them under).
void TestCommandLine::helpAndMessagesSpeakTheUsersLanguage()
{
    QTemporaryDir config;
    QProcessEnvironment env = withoutDisplay();
    env.insert(u"XDG_CONFIG_HOME"_s, config.path()); // no stored language choice
    env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"de"_s);
    const Run h = run({u"--help"_s}, env);
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.contains(u"Optionen:"_s), qPrintable(h.out));
    // Each command's description: --check, --create-demo and --export-ics.
    QVERIFY2(h.out.contains(u"vollständig prüfen"_s), qPrintable(h.out));
    QVERIFY2(h.out.contains(u"Demo-Workbench"_s), qPrintable(h.out));
    QVERIFY2(!h.out.contains(u"Open, update and fully verify"_s), qPrintable(h.out));
    QVERIFY2(h.out.contains(u"[DATEI]"_s), qPrintable(h.out)); // the file argument too

    // And a Spanish one Spanish help (issue 13, item 5).
    QProcessEnvironment es = env;
    es.insert(u"LANG"_s, u"es_ES.UTF-8"_s);
    es.insert(u"LC_ALL"_s, u"es_ES.UTF-8"_s);
    es.insert(u"LANGUAGE"_s, u"es"_s);
    const Run spanish = run({u"--help"_s}, es);
    QCOMPARE(spanish.exitCode, 0);
    QVERIFY2(spanish.out.contains(u"Opciones:"_s), qPrintable(spanish.out));
    QVERIFY2(spanish.out.contains(u"[ARCHIVO]"_s), qPrintable(spanish.out));
    QVERIFY2(!spanish.out.contains(u"[FILE]"_s), qPrintable(spanish.out));

    QTemporaryDir dir;
    const Run refused = run({u"--database"_s, dir.filePath(u"typo.cwbench"_s), u"--export-ics"_s,
                             dir.filePath(u"x.ics"_s)},
                            env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(!refused.err.contains(u"no such workbench"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"typo.cwbench"_s), qPrintable(refused.err));
}

void TestCommandLine::exportIcsWritesACalendarAndCreatesNoWorkbench()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"typo.sqlite"_s);
    const QString ics = dir.filePath(u"exams.ics"_s);
    Run refused = run({u"--database"_s, missing, u"--export-ics"_s, ics}, withoutDisplay());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"typo.sqlite"_s), qPrintable(refused.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

    const QString demo = dir.filePath(u"demo.sqlite"_s);
    QCOMPARE(run({u"--create-demo"_s, demo}).exitCode, 0);
    Run r = run({u"--database"_s, demo, u"--export-ics"_s, ics}, withoutDisplay());
    QCOMPARE(r.exitCode, 0);
    QFile f(ics);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.count("BEGIN:VEVENT") > 0);

    Run usage = run({u"--export-ics"_s}, withoutDisplay());
    QCOMPARE(usage.exitCode, 2);
}

void TestCommandLine::matchJobPrintsRequirementsAndJson()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(u"demo.sqlite"_s);
    QCOMPARE(run({u"--create-demo"_s, demo}).exitCode, 0);
    const QString posting = QStringLiteral(CW_TEST_DATA_DIR "/jobs/ml-engineer.json");
    Run text = run({u"--database"_s, demo, u"--match-job"_s, posting}, withoutDisplay());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"Match: "_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"[missing] Terraform"_s), qPrintable(text.out));

    Run json
        = run({u"--database"_s, demo, u"--match-job"_s, posting, u"--json"_s}, withoutDisplay());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(root.value(u"score"_s).isDouble());
    const int score = root.value(u"score"_s).toInt();
    QVERIFY(score > 0 && score <= 100);
    const QJsonArray requirements = root.value(u"requirements"_s).toArray();
    QVERIFY(requirements.size() >= 5);
    const QStringList statuses {u"proven"_s, u"claimed"_s, u"missing"_s};
    for (const QJsonValue &v : requirements) {
        const QJsonObject r = v.toObject();
        QVERIFY(!r.value(u"name"_s).toString().isEmpty());
        QVERIFY(statuses.contains(r.value(u"status"_s).toString()));
        QVERIFY(r.value(u"evidence"_s).isArray());
        QVERIFY(r.contains(u"skill"_s));
    }

    const QString broken = dir.filePath(u"broken.json"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n \"title\": 1,\n oops }");
    f.close();
    Run refused = run({u"--database"_s, demo, u"--match-job"_s, broken}, withoutDisplay());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"line 3"_s), qPrintable(refused.err));
    QCOMPARE(run({u"--database"_s, demo, u"--json"_s}, withoutDisplay()).exitCode, 2);
}

void TestCommandLine::everyCommandRefusesAWorkbenchTheSameWay_data()
{
    QTest::addColumn<QString>("fixture"); // "" : no file at all
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QString() << u"no such file"_s;
    QTest::newRow("not SQLite") << u"skills.csv"_s << u"not a SQLite database"_s;
    QTest::newRow("newer version") << u"from-a-newer-version.sqlite"_s << u"newer"_s;
}

// The commands that read a workbench open it one way (CliCommand::openWorkbench): a missing
// or refused file gets the same message from each, and is never created or touched.
void TestCommandLine::everyCommandRefusesAWorkbenchTheSameWay()
{
    QFETCH(QString, fixture);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString name = fixture.isEmpty() ? u"typo.cwbench"_s : fixture;
    const QString path = dir.filePath(name);
    if (!fixture.isEmpty())
        QVERIFY(QFile::copy(QStringLiteral(CW_TEST_DATA_DIR "/files/") + fixture, path));
    const QByteArray before = hashOf(path);
    const QString posting = QStringLiteral(CW_TEST_DATA_DIR "/jobs/ml-engineer.json");
    const QString out = QDir(QDir::tempPath()).filePath(u"cw-refused-never-written"_s);
    const QList<QStringList> commands {
        {u"--export-ics"_s, out},
        {u"--export-csv"_s, out},
        {u"--match-job"_s, posting},
        {u"--match-job"_s, posting, u"--json"_s},
        {u"--export-markdown"_s, out, u"--report"_s, u"resume"_s},
        {u"--export-html"_s, out, u"--report"_s, u"portfolio"_s},
    };
    // No display and no platform chosen: the commands that need Qt GUI pick offscreen.
    QProcessEnvironment env = withoutDisplay();
    env.remove(u"QT_QPA_PLATFORM"_s);
    QString firstMessage;
    for (const QStringList &command : commands) {
        const Run r = run(QStringList {u"--database"_s, path} + command, env);
        // 1, or 2 where the command documents a missing workbench as a mistake (README).
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2,
                 qPrintable(command.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(command.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(name), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // The message is the last line (Qt may warn about the environment before it).
        const QString message = r.err.trimmed().section(u'\n', -1);
        if (firstMessage.isEmpty())
            firstMessage = message;
        QCOMPARE(message, firstMessage);
        QVERIFY(!QFile::exists(out));
    }
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             fixture.isEmpty() ? QStringList() : QStringList {fixture});
}

QTEST_GUILESS_MAIN(TestCommandLine)
// --scan-repo: the readiness checklist of a folder, as text and as JSON, with exit codes a CI
// job can gate on.
static void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

static QString scanFixture(const QTemporaryDir &dir)
{
    writeFile(dir.filePath(u"repo/README.md"_s), "# Tool\n\n## Installation\n\npip install .\n");
    writeFile(dir.filePath(u"repo/tests/test_tool.py"_s), "def test_x():\n    assert True\n");
    // A fake key, assembled so this source holds none.
    writeFile(dir.filePath(u"repo/tool/settings.py"_s),
              QByteArray("import os\nKEY = '") + "AKIA" + "IOSFODNN7EXAMPLE" + "'\n");
    return dir.filePath(u"repo"_s);
}

void TestCommandLine::scanRepoPrintsTheChecklist()
{
    QTemporaryDir dir;
    const QString repo = scanFixture(dir);
    Run r = run({u"--scan-repo"_s, repo}, withoutDisplay());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"[x] readme"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"README.md:3  ## Installation"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"[ ] secrets"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"tool/settings.py:2"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"AKIA********"_s));
    QVERIFY(!r.out.contains(u"IOSFODNN7EXAMPLE"_s));
    QVERIFY(r.err.isEmpty());
}

void TestCommandLine::scanRepoJsonShape()
{
    QTemporaryDir dir;
    const QString repo = scanFixture(dir);
    Run r = run({u"--scan-repo"_s, repo, u"--json"_s}, withoutDisplay());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonObject o = doc.object();
    QCOMPARE(o.keys(), QStringList({u"items"_s, u"path"_s, u"score"_s}));
    QCOMPARE(QDir(o.value(u"path"_s).toString()).canonicalPath(), QDir(repo).canonicalPath());
    const int score = o.value(u"score"_s).toInt(-1);
    QVERIFY(score >= 0 && score <= 100);
    QStringList ids;
    QHash<QString, QJsonObject> items;
    for (const QJsonValue &v : o.value(u"items"_s).toArray()) {
        ids << v.toObject().value(u"id"_s).toString();
        items.insert(ids.last(), v.toObject());
        QVERIFY(v.toObject().value(u"passed"_s).isBool());
        QVERIFY(v.toObject().value(u"evidence"_s).isArray());
    }
    QCOMPARE(ids,
             QStringList({u"readme"_s, u"readme_install"_s, u"readme_usage"_s, u"tests"_s, u"ci"_s,
                          u"environment"_s, u"container"_s, u"license"_s, u"coverage"_s,
                          u"absolute_paths"_s, u"secrets"_s, u"architecture"_s, u"results"_s,
                          u"target"_s}));
    const QJsonObject readme
        = items.value(u"readme"_s).value(u"evidence"_s).toArray().at(0).toObject();
    QCOMPARE(readme.value(u"file"_s).toString(), u"README.md"_s);
    QVERIFY(!readme.contains(u"line"_s)); // a file has no line
    const QJsonObject secrets = items.value(u"secrets"_s);
    QCOMPARE(secrets.value(u"passed"_s).toBool(true), false);
    const QJsonObject finding = secrets.value(u"evidence"_s).toArray().at(0).toObject();
    QCOMPARE(finding.value(u"file"_s).toString(), u"tool/settings.py"_s);
    QCOMPARE(finding.value(u"line"_s).toInt(), 2);
    QVERIFY(!r.out.contains(u"IOSFODNN7EXAMPLE"_s));
    QCOMPARE(items.value(u"absolute_paths"_s).value(u"passed"_s).toBool(false), true);
}

void TestCommandLine::scanRepoFailUnderGatesCi()
{
    QTemporaryDir dir;
    const QString repo = scanFixture(dir);
    Run low = run({u"--scan-repo"_s, repo, u"--fail-under"_s, u"95"_s}, withoutDisplay());
    QCOMPARE(low.exitCode, 1);
    QVERIFY2(low.err.contains(u"below 95"_s), qPrintable(low.err));
    QVERIFY(low.out.contains(u"[x] readme"_s)); // the checklist is still printed
    Run ok
        = run({u"--scan-repo"_s, repo, u"--fail-under"_s, u"10"_s, u"--json"_s}, withoutDisplay());
    QCOMPARE(ok.exitCode, 0);
    Run bad = run({u"--scan-repo"_s, repo, u"--fail-under"_s, u"abc"_s}, withoutDisplay());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"--fail-under"_s));
    Run orphan = run({u"--fail-under"_s, u"50"_s}, withoutDisplay());
    QCOMPARE(orphan.exitCode, 2);
}

// Issue 7, defect 12: a folder and an unreadable file both said only "cannot be read".
void TestCommandLine::checkNamesAnUnreadableFileAndAFolder()
{
    QTemporaryDir dir;
    Run folder = run({u"--database"_s, dir.path(), u"--check"_s});
    QVERIFY(folder.exitCode > 0);
    QVERIFY2(folder.err.contains(u"folder"_s), qPrintable(folder.err));
#ifdef Q_OS_UNIX
    const QString path = dir.filePath(u"private.sqlite"_s);
    QCOMPARE(run({u"--create"_s, path}).exitCode, 0);
    const QByteArray before = hashOf(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const QStringList beside = QDir(dir.path()).entryList(QDir::Files);
    Run r = runUnprivileged({u"--database"_s, path, u"--check"_s}, dir);
    QVERIFY(r.exitCode > 0);
    QVERIFY2(r.err.contains(u"no permission to read"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), beside);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(hashOf(path), before);
#endif
}

void TestCommandLine::scanRepoRefusesMissingAndUnreadableFolders()
{
    QTemporaryDir dir;
    Run missing = run({u"--scan-repo"_s, dir.filePath(u"nope"_s)}, withoutDisplay());
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(u"no such folder"_s), qPrintable(missing.err));
    QVERIFY(missing.out.isEmpty());
#ifdef Q_OS_UNIX
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::Permissions());
    Run unreadable = runUnprivileged({u"--scan-repo"_s, locked, u"--json"_s}, dir);
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(unreadable.exitCode, 3);
    QVERIFY2(unreadable.err.contains(u"cannot read"_s), qPrintable(unreadable.err));
    QVERIFY(unreadable.out.isEmpty());
#endif
}

#include "tst_commandline.moc"
