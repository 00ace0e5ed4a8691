#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The report exports of the real career-workbench binary, run as a script would: no display,
// no variable set by hand; exit codes, messages, page counts and the text read back with
// poppler, in English and German.
class TestReportCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void portfolioPdfInEnglish();
    void portfolioPdfInGerman();
    void resumeOnLetterFitsTwoPages();
    void htmlAndMarkdown();
    void mistakesExitWithAMessage_data();
    void mistakesExitWithAMessage();
    void aFailedExportLeavesTheOldFile();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static QProcessEnvironment headless(const QString &language = u"en"_s);
    Run run(const QStringList &args, const QProcessEnvironment &env = headless());
    static QString poppler(const QString &tool, const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
};

QProcessEnvironment TestReportCommandLine::headless(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"XDG_RUNTIME_DIR"_s); // as on a server, in a container, under cron
    const QString locale = language == "de"_L1 ? u"de_DE.UTF-8"_s : u"en_US.UTF-8"_s;
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    env.insert(u"LANGUAGE"_s, language);
    return env;
}

TestReportCommandLine::Run TestReportCommandLine::run(const QStringList &args,
                                                      const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CW_APP_PATH), args);
    Run r;
    if (!p.waitForFinished(240000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestReportCommandLine::poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    return p.waitForFinished(60000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

void TestReportCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext is missing: packaging/linux/install-deps.sh installs poppler-utils");
    m_demo = path(u"demo.sqlite"_s);
    const Run r = run({u"--create-demo"_s, m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestReportCommandLine::portfolioPdfInEnglish()
{
    const QString out = path(u"portfolio.pdf"_s);
    const Run r = run({u"--database"_s, m_demo, u"--export-pdf"_s, out, u"--report"_s,
                       u"portfolio"_s, u"--role"_s, u"LLM, MLOps"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Success says nothing on stderr: not even Qt's "XDG_RUNTIME_DIR not set" on a server or
    // in a container, where a script takes any output there for a problem.
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString info = poppler(u"pdfinfo"_s, {out});
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() > 3, qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(u"Title:\\s+Portfolio summary: Daniel Okafor"_s)));
    const QString text = poppler(u"pdftotext"_s, {out, u"-"_s}).simplified();
    for (const QString &expected :
         {u"Daniel Okafor"_s, u"Contents"_s, u"Skills matrix"_s, u"Roadmap progress"_s,
          u"Shipment delay risk predictor"_s, u"F1 score (late class): 0.71 to 0.86"_s,
          u"Interview readiness"_s, u"Net present value"_s, u"Page 2 of"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Text and charts alike print in the report's font only: Career Workbench Sans, which
    // embeds without running TrueType hinting for every glyph (issue #12).
    const QString fonts = poppler(u"pdffonts"_s, {out});
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // past the header
    QVERIFY2(lines.size() >= 3, qPrintable(fonts)); // regular, bold, italic
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"CareerWorkbenchSans-"_s), qPrintable(fonts));
}

void TestReportCommandLine::portfolioPdfInGerman()
{
    const QString out = path(u"portfolio-de.pdf"_s);
    const Run r
        = run({u"--database"_s, m_demo, u"--export-pdf"_s, out, u"--report"_s, u"portfolio"_s},
              headless(u"de"_s));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(poppler(u"pdfinfo"_s, {out}).contains(u"(A4)"_s));
    const QString text = poppler(u"pdftotext"_s, {out, u"-"_s}).simplified();
    for (const QString &expected :
         {u"Daniel Okafor"_s, u"Inhalt"_s, u"Kompetenzmatrix"_s, u"Fortschritt auf der Roadmap"_s,
          u"F1 score (late class): von 0,71 auf 0,86"_s, u"Kapitalwert"_s, u"Seite 2 von"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestReportCommandLine::resumeOnLetterFitsTwoPages()
{
    const QString out = path(u"resume.pdf"_s);
    const Run r = run({u"--database"_s, m_demo, u"--export-pdf"_s, out, u"--report"_s, u"resume"_s,
                       u"--page-size"_s, u"Letter"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString info = poppler(u"pdfinfo"_s, {out});
    QVERIFY(info.contains(u"(letter)"_s));
    QVERIFY(info.contains(QRegularExpression(u"Pages:\\s+[12]\\n"_s)));
    const QString text = poppler(u"pdftotext"_s, {out, u"-"_s}).simplified();
    for (const QString &expected :
         {u"Summary"_s, u"Skills"_s, u"Projects"_s, u"Experience"_s, u"Education"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestReportCommandLine::htmlAndMarkdown()
{
    const QString html = path(u"resume.html"_s);
    const QString md = path(u"resume.md"_s);
    QCOMPARE(run({u"--database"_s, m_demo, u"--export-html"_s, html, u"--report"_s, u"resume"_s})
                 .exitCode,
             0);
    QCOMPARE(run({u"--database"_s, m_demo, u"--export-markdown"_s, md, u"--report"_s, u"resume"_s})
                 .exitCode,
             0);
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    QVERIFY(h.readAll().contains("<h1>Daniel Okafor</h1>"));
    QFile m(md);
    QVERIFY(m.open(QIODevice::ReadOnly));
    QVERIFY(m.readAll().startsWith("# Daniel Okafor"));
}

void TestReportCommandLine::mistakesExitWithAMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString out = QDir::tempPath() + u"/cw-never-written.pdf"_s;
    QTest::newRow("no --report") << QStringList {u"--export-pdf"_s, out} << 2;
    QTest::newRow("bad --report") << QStringList {u"--export-pdf"_s, out, u"--report"_s,
                                                  u"letter"_s}
                                  << 2;
    QTest::newRow("bad --page-size")
        << QStringList {u"--export-pdf"_s, out,    u"--report"_s, u"resume"_s,
                        u"--page-size"_s,  u"A5"_s}
        << 2;
    QTest::newRow("no such workbench") << QStringList {
        u"--export-html"_s,         out, u"--report"_s, u"resume"_s, u"--database"_s,
        u"/nonexistent/cw.sqlite"_s} << 1;
}

void TestReportCommandLine::mistakesExitWithAMessage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    if (!args.contains(u"--database"_s))
        args << u"--database"_s << m_demo;
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(QDir::tempPath() + u"/cw-never-written.pdf"_s));
}

void TestReportCommandLine::aFailedExportLeavesTheOldFile()
{
    const QString out = path(u"keep.md"_s);
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the old export");
    }
    const QString broken = path(u"broken.sqlite"_s);
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a workbench at all");
    }
    const Run r
        = run({u"--database"_s, broken, u"--export-markdown"_s, out, u"--report"_s, u"resume"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the old export"));

    // A folder that is not there: the message names where it tried to write (it named only
    // "x.pdf", which exists nowhere the user can look for).
    const QString missing = path(u"no such folder/x.pdf"_s);
    const Run nowhere
        = run({u"--database"_s, m_demo, u"--export-pdf"_s, missing, u"--report"_s, u"resume"_s});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains(QDir::toNativeSeparators(missing)), qPrintable(nowhere.err));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestReportCommandLine)
#include "tst_reportcommandline.moc"
