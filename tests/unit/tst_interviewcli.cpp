// The interview CSV commands, run as the real executable: export, import, a refused import
// (non-zero exit, "line L, column C", the file unchanged) and importing the same file twice.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInterviewCli : public QObject
{
    Q_OBJECT
private slots:
    void importThenExport();
    void refusedImportLeavesTheFile();
    void missingWorkbenchIsNotCreated();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
    static QByteArray hashOf(const QString &path);
    static bool write(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

namespace {
const QByteArray Csv = "date,kind,format,company,role,duration_minutes,self_score,"
                       "interviewer_score,topics,questions_asked,went_well,to_improve,"
                       "action_items,mood\r\n"
                       "2025-03-01T18:30,mock,coding,,,45,4,,Graphs:4;Heaps,\"Reverse a list\n"
                       "Explain attention\",ok,\"=SUM(A1)\",,calm\r\n"
                       "2025-03-05,real,behavioural,Acme,MLE,30,3,4,,,,,,tired\r\n";
} // namespace

TestInterviewCli::Run TestInterviewCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CW_APP_PATH), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray TestInterviewCli::hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

bool TestInterviewCli::write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void TestInterviewCli::importThenExport()
{
    const QString db = m_dir.filePath(u"a.sqlite"_s);
    const QString in = m_dir.filePath(u"in.csv"_s);
    const QString out = m_dir.filePath(u"out.csv"_s);
    QVERIFY(run({u"--create"_s, db}).exitCode == 0);
    QVERIFY(write(in, Csv));

    Run r = run({u"--database"_s, db, u"--import-csv"_s, in});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"2 new, 0 updated"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"\"mood\""_s), qPrintable(r.err)); // the ignored column is noted
    // The same file again updates in place.
    r = run({u"--database"_s, db, u"--import-csv"_s, in});
    QVERIFY2(r.out.contains(u"0 new, 2 updated"_s), qPrintable(r.out));

    r = run({u"--database"_s, db, u"--export-csv"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray exported = f.readAll();
    QVERIFY(exported.startsWith("\xEF\xBB\xBF"
                                "date,kind,format,"));
    QVERIFY(exported.contains("\"Reverse a list\nExplain attention\""));
    QVERIFY(exported.contains(",'=SUM(A1),")); // escaped for spreadsheets
    QVERIFY(exported.contains("2025-03-05,real,behavioural,Acme,MLE,30,3,4,"));
}

void TestInterviewCli::refusedImportLeavesTheFile()
{
    const QString db = m_dir.filePath(u"b.sqlite"_s);
    const QString in = m_dir.filePath(u"bad.csv"_s);
    QVERIFY(run({u"--create"_s, db}).exitCode == 0);
    QByteArray bad = Csv;
    bad.replace("2025-03-05,real", "2025-13-05,real"); // line 4: the quoted newline counts
    QVERIFY(write(in, bad));
    const QByteArray before = hashOf(db);
    const Run r = run({u"--database"_s, db, u"--import-csv"_s, in});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 4, column 1: \"2025-13-05\" is not an ISO 8601 date"_s),
             qPrintable(r.err));
    QCOMPARE(hashOf(db), before);
}

void TestInterviewCli::missingWorkbenchIsNotCreated()
{
    const QString db = m_dir.filePath(u"missing.sqlite"_s);
    const QString out = m_dir.filePath(u"x.csv"_s);
    const Run r = run({u"--database"_s, db, u"--export-csv"_s, out});
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestInterviewCli)
#include "tst_interviewcli.moc"
