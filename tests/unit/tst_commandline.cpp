#include "db/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real career-workbench binary the way a user or a script would, with no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void checkCreatesAndVerifiesANewWorkbench();
    void checkNeedsNoDisplay();
    void pathsWithPercentSignsAreShownAsTheyAre();
    void checkRefusesAndLeavesTheFile_data();
    void checkRefusesAndLeavesTheFile();
    void createDemoWritesAWorkbench();
    void createDemoNeverOverwrites();
    void versionAndHelp();
    void mistakesExitWithTwoWithoutADisplay_data();
    void mistakesExitWithTwoWithoutADisplay();
    void helpListsEveryCommandWithAnExample();

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

void TestCommandLine::checkCreatesAndVerifiesANewWorkbench()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    Run r = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.trimmed().endsWith(u": ok"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"schema %1"_s.arg(Database::latestSchemaVersion())),
             qPrintable(r.out));
    QVERIFY2(r.out.count(u'\n') == 1, "exactly one line");
    QVERIFY(QFileInfo::exists(path));
    // Again: same answer, nothing added beside the file.
    const QStringList folder = QDir(dir.path()).entryList(QDir::Files);
    Run again = run({u"--database"_s, path, u"--check"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, r.out);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), folder);
}

void TestCommandLine::checkNeedsNoDisplay()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    Run r = run({u"--database"_s, dir.filePath(u"headless.sqlite"_s), u"--check"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"ok"_s), qPrintable(r.err));
}

void TestCommandLine::pathsWithPercentSignsAreShownAsTheyAre()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"100%1 sure.sqlite"_s);
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
    QVERIFY(run({u"--database"_s, path, u"--check"_s}).exitCode == 0);
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
    QVERIFY2(h.out.contains(u"career-workbench --database my.sqlite --check"_s), qPrintable(h.out));
    QVERIFY2(h.out.contains(u"career-workbench --create-demo demo.sqlite"_s), qPrintable(h.out));
    QVERIFY2(h.out.contains(u"[FILE]"_s), qPrintable(h.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
