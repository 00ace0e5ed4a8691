// The interview CSV format: the reader over dialects and malformed files, the formula escaping,
// a 1,000-session round trip, and imports that are all or nothing and do not duplicate.
#include "db/database.h"
#include "db/interviewsessionrepository.h"
#include "io/csvreader.h"
#include "io/interviewcsv.h"
#include "io/interviewcsvimport.h"
#include "io/newworkbench.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInterviewCsv : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dialects_data();
    void dialects();
    void malformed_data();
    void malformed();
    void formulaEscaping_data();
    void formulaEscaping();
    void unknownColumnsAreNoted();
    void roundTripOfRandomSessions();
    void refusedImportChangesNothing();
    void cancelledImportChangesNothing();
    void importingTwiceUpdatesInPlace();

private:
    QByteArray tableHash() const;
    QSqlDatabase db() const { return m_db->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {
const QStringList Formats
    = {u"coding"_s, u"system_design"_s, u"behavioural"_s, u"responsible_ai"_s, u"statistics"_s};
const QByteArray Header = "date,kind,format,company,role,duration_minutes,self_score,"
                          "interviewer_score,topics,questions_asked,went_well,to_improve,"
                          "action_items";
} // namespace

void TestInterviewCsv::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(u"%1.sqlite"_s.arg(QTest::currentTestFunction())),
                        NewWorkbench::builtInRoadmap()),
             qPrintable(m_db->error()));
}

void TestInterviewCsv::cleanup()
{
    m_db.reset();
}

void TestInterviewCsv::dialects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("company"); // of the first session
    QTest::addColumn<QString>("wentWell");
    QTest::addColumn<QString>("topics");
    QTest::addColumn<int>("sessions");

    const QByteArray row = "2025-03-01,mock,coding,Acme,MLE,45,4,,Graphs:4;Heaps,,ok,,";
    QTest::newRow("comma LF") << Header + "\n" + row + "\n"
                              << u"Acme"_s << u"ok"_s << u"Graphs:4;Heaps"_s << 1;
    QTest::newRow("comma CRLF, no final newline")
        << Header + "\r\n" + row << u"Acme"_s << u"ok"_s << u"Graphs:4;Heaps"_s << 1;
    QTest::newRow("BOM") << "\xEF\xBB\xBF" + Header + "\n" + row << u"Acme"_s << u"ok"_s
                         << u"Graphs:4;Heaps"_s << 1;
    QByteArray semicolon = Header;
    semicolon.replace(',', ';');
    semicolon += "\n2025-03-01;mock;coding;\"Acme, Inc\";MLE;45;4;;\"Graphs:4;Heaps\";;ok;;\n";
    QTest::newRow("semicolon") << semicolon << u"Acme, Inc"_s << u"ok"_s << u"Graphs:4;Heaps"_s
                               << 1;
    QByteArray tab = Header;
    tab.replace(',', '\t');
    tab += "\n2025-03-01\tmock\tcoding\tAcme\tMLE\t45\t4\t\tGraphs\t\tok\t\t\n";
    QTest::newRow("tab") << tab << u"Acme"_s << u"ok"_s << u"Graphs"_s << 1;
    QTest::newRow("quoted newline and quotes") << Header
            + "\n2025-03-01,mock,coding,\"Say \"\"hi\"\"\",MLE,45,4,,,,\"line one\r\nline "
              "two\",,\n" << u"Say \"hi\""_s << u"line one\r\nline two"_s
                                               << QString() << 1;
    QTest::newRow("columns in another order, blank lines")
        << QByteArray("self_score,format,kind,date,company\n\n3,statistics,real,2025-03-01T09:30,"
                      "X\n\n4,coding,mock,2025-03-02,\n")
        << u"X"_s << QString() << QString() << 2;
    QTest::newRow("upper-case words")
        << QByteArray("Date,Kind,Format,Self_Score\n2025-03-01,MOCK,Coding,2\n") << QString()
        << QString() << QString() << 1;
}

void TestInterviewCsv::dialects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, company);
    QFETCH(QString, wentWell);
    QFETCH(QString, topics);
    QFETCH(int, sessions);
    CsvReader::Error error;
    const auto parsed = InterviewCsv::read(bytes, Formats, &error);
    QVERIFY2(parsed, qPrintable(error.message()));
    QCOMPARE(parsed->rows.size(), sessions);
    const InterviewSession &s = parsed->rows.first().session;
    QCOMPARE(s.company, company);
    QCOMPARE(s.wentWell, wentWell);
    QCOMPARE(InterviewCsv::topicsCell(s.topics), topics);
    QVERIFY(parsed->notes.isEmpty());
}

void TestInterviewCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray h = Header + "\n";
    const QByteArray ok = "2025-03-01,mock,coding,Acme,MLE,45,4,,,,,,\n";
    QTest::newRow("empty") << QByteArray() << u"line 1, column 1: the file is empty."_s;
    QTest::newRow("only a BOM and blanks")
        << QByteArray("\xEF\xBB\xBF\r\n \n") << u"line 1, column 1: the file is empty."_s;
    QTest::newRow("header only") << h
                                 << u"line 2, column 1: the file has a header but no sessions."_s;
    QTest::newRow("unterminated quote")
        << h + ok + "2025-03-02,mock,coding,\"Acme,MLE,45,4,,,,,,\n"
        << u"line 3, column 4: a quoted field is never closed (a quote is missing)."_s;
    QTest::newRow("ragged short") << h + ok + "2025-03-02,mock,coding\n"
                                  << u"line 3, column 4: expected 13 fields as in the header, "
                                     "found 3."_s;
    QTest::newRow("ragged long") << h + "2025-03-01,mock,coding,Acme,MLE,45,4,,,,,,,extra\n"
                                 << u"line 2, column 14: expected 13 fields as in the header, "
                                    "found 14."_s;
    // Line numbers count physical lines: the quoted line break in row 2 moves row 3 to line 4.
    QTest::newRow("bad date after a quoted newline")
        << h
            + "2025-03-01,mock,coding,Acme,MLE,45,4,,,\"two\nlines\",,,\n"
              "2025-02-30,mock,coding,Acme,MLE,45,4,,,,,,\n"
        << u"line 4, column 1: \"2025-02-30\" is not an ISO 8601 date (YYYY-MM-DD, or "
           "YYYY-MM-DDTHH:MM)."_s;
    QTest::newRow("US date") << h + "03/01/2025,mock,coding,,,45,4,,,,,,\n"
                             << u"line 2, column 1: \"03/01/2025\" is not an ISO 8601 date "
                                "(YYYY-MM-DD, or YYYY-MM-DDTHH:MM)."_s;
    QTest::newRow("self score out of range")
        << h + "2025-03-01,mock,coding,,,45,6,,,,,,\n"
        << u"line 2, column 7: The self score must be between 1 and 5."_s;
    QTest::newRow("interviewer score not a number")
        << h + "2025-03-01,mock,coding,,,45,4,good,,,,,\n"
        << u"line 2, column 8: the interviewer score must be a number from 1 to 5 or empty, "
           "not \"good\"."_s;
    QTest::newRow("topic score out of range")
        << h + "2025-03-01,mock,coding,,,45,4,,Graphs:9,,,,\n"
        << u"line 2, column 9: the score of topic \"Graphs\" must be a number from 1 to 5."_s;
    QTest::newRow("unknown format") << h + "2025-03-01,mock,whiteboard,,,45,4,,,,,,\n"
                                    << u"line 2, column 3: \"whiteboard\" is not a known "
                                       "format."_s;
    QTest::newRow("unknown kind") << h + "2025-03-01,practice,coding,,,45,4,,,,,,\n"
                                  << u"line 2, column 2: the kind must be \"mock\" or \"real\", "
                                     "not \"practice\"."_s;
    QTest::newRow("real without company") << h + "2025-03-01,real,coding,,,45,4,,,,,,\n"
                                          << u"line 2, column 4: A real interview needs the "
                                             "company."_s;
    QTest::newRow("Latin-1 text") << h + ok + "2025-03-02,mock,coding,Soci\xe9t\xe9,,45,4,,,,,,\n"
                                  << u"line 3, column 4: the file is not UTF-8 text (byte 0xe9 "
                                     "cannot be read); save it as UTF-8."_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "d\0a\0",
                                          6)
                            << u"line 1, column 1: the file is UTF-16 text; save it as UTF-8."_s;
    QTest::newRow("missing column") << QByteArray("date,kind,company\n2025-01-01,mock,A\n")
                                    << u"line 1, column 4: the header has no \"format\" column."_s;
    QTest::newRow("duplicate column") << QByteArray("date,kind,format,self_score,date\n")
                                      << u"line 1, column 5: the column \"date\" appears twice."_s;
    QTest::newRow("stray quote") << h + "2025-03-01,mock,coding,Ac\"me,,45,4,,,,,,\n"
                                 << u"line 2, column 4: a quote inside a field that does not "
                                    "start with one (quote the whole field and double the "
                                    "quote)."_s;
    QTest::newRow("text after closing quote")
        << h + "2025-03-01,mock,coding,\"Acme\"x,,45,4,,,,,,\n"
        << u"line 2, column 4: there is text after the "
           "closing quote of a field."_s;
}

void TestInterviewCsv::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    CsvReader::Error error;
    QVERIFY(!InterviewCsv::read(bytes, Formats, &error));
    QCOMPARE(error.message(), message);
}

void TestInterviewCsv::formulaEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"Acme"_s << u"Acme"_s;
    QTest::newRow("formula") << u"=SUM(A1)"_s << u"'=SUM(A1)"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"- a bullet"_s << u"'- a bullet"_s;
    QTest::newRow("at") << u"@handle"_s << u"'@handle"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("apostrophe then formula") << u"'=x"_s << u"''=x"_s;
    QTest::newRow("apostrophe alone") << u"'quoted'"_s << u"'quoted'"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestInterviewCsv::formulaEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(InterviewCsv::escapeFormula(text), cell);
    QCOMPARE(InterviewCsv::unescapeFormula(cell), text);
}

void TestInterviewCsv::unknownColumnsAreNoted()
{
    CsvReader::Error error;
    const auto parsed = InterviewCsv::read(
        "date,kind,format,self_score,mood\n2025-01-01,mock,coding,3,happy\n", Formats, &error);
    QVERIFY2(parsed, qPrintable(error.message()));
    QCOMPARE(parsed->notes, QStringList {u"The column \"mood\" is not known and was ignored."_s});
}

namespace {

QString randomText(QRandomGenerator &rng)
{
    static const QStringList pieces = {
        u"plain"_s, u"\"quoted\""_s, u","_s,      u";"_s,  u"\n"_s,   u"\r\n"_s,     u"=1+2"_s,
        u"+x"_s,    u"-y"_s,         u"@z"_s,     u"'"_s,  u"\t"_s,   u"🙂🚀"_s, u"שלום עולם"_s,
        u"مرحبا"_s, u" "_s,          u"ümlaut"_s, u"\r"_s, u"\"\""_s, u"x\u200Fy"_s,
    };
    QString s;
    const int n = rng.bounded(5);
    for (int i = 0; i < n; ++i)
        s += pieces.at(rng.bounded(int(pieces.size())));
    return s;
}

InterviewSession randomSession(QRandomGenerator &rng, int i)
{
    InterviewSession s;
    s.date = QDate(2024, 1, 1).addDays(rng.bounded(500));
    if (rng.bounded(2))
        s.time = QTime(rng.bounded(24), rng.bounded(60), rng.bounded(4) == 0 ? rng.bounded(60) : 0);
    s.kind = rng.bounded(3) == 0 ? InterviewSession::Kind::Real : InterviewSession::Kind::Mock;
    s.format = Formats.at(rng.bounded(int(Formats.size())));
    if (s.kind == InterviewSession::Kind::Mock)
        s.ranBy = InterviewSession::RanBy(rng.bounded(4));
    // Unique company per row, so no two rows share an identity.
    s.company = randomText(rng) + u" #%1"_s.arg(i) + randomText(rng);
    s.role = randomText(rng);
    s.durationMinutes = rng.bounded(300);
    s.selfScore = 1 + rng.bounded(5);
    s.interviewerScore = rng.bounded(6);
    static const QStringList topicNames = {u"Graphs"_s,          u"Attention"_s, u"A/B tests"_s,
                                           u"Fairness – bias"_s, u"שאלות"_s,     u"🙂 emoji"_s};
    for (const QString &t : topicNames) {
        if (rng.bounded(3) == 0)
            s.topics.append({t, rng.bounded(6)});
    }
    s.questionsAsked = randomText(rng);
    s.wentWell = randomText(rng);
    s.toImprove = randomText(rng);
    s.actionItems = randomText(rng);
    return s;
}

} // namespace

void TestInterviewCsv::roundTripOfRandomSessions()
{
    QRandomGenerator rng(20250311);
    QList<InterviewSession> written;
    for (int i = 0; i < 1000; ++i)
        written << randomSession(rng, i);
    const QByteArray csv = InterviewCsv::write(written);

    // Into a workbench and back out: the same sessions, and the same file.
    InterviewCsvImport import(db());
    QString error;
    const auto preview = import.preview(csv, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->newCount, 1000);
    QVERIFY2(import.apply(*preview, {}, &error), qPrintable(error));
    const QString out = m_dir.filePath(u"out.csv"_s);
    QCOMPARE(InterviewCsvImport::exportFile(db(), out, &error), 1000);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();

    CsvReader::Error csvError;
    const auto again = InterviewCsv::read(exported, Formats, &csvError);
    QVERIFY2(again, qPrintable(csvError.message()));
    QHash<QString, InterviewSession> byCompany;
    for (const InterviewCsv::Row &r : again->rows)
        byCompany.insert(r.session.company, r.session);
    QCOMPARE(byCompany.size(), 1000);
    for (const InterviewSession &s : written) {
        QVERIFY2(byCompany.contains(s.company), qPrintable(s.company));
        QCOMPARE(byCompany.value(s.company), s);
    }
    // Sorted the same way, the export is the original file byte for byte.
    QList<InterviewSession> sorted = written;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.occurredAt() < b.occurredAt(); });
    QCOMPARE(exported, InterviewCsv::write(sorted));
}

QByteArray TestInterviewCsv::tableHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table :
         {"interview_sessions", "interview_session_topics", "interview_topics"}) {
        QSqlQuery q(db());
        q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(QLatin1StringView(table)));
        while (q.next()) {
            for (int c = 0; c < 12; ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result();
}

void TestInterviewCsv::refusedImportChangesNothing()
{
    InterviewCsvImport import(db());
    QString error;
    QVERIFY(import.preview(Header + "\n2025-01-01,mock,coding,A,,45,4,,Graphs:4,,,,\n", &error));
    QVERIFY(import.apply(
        *import.preview(Header + "\n2025-01-01,mock,coding,A,,45,4,,Graphs:4,,,,\n", &error), {},
        &error));
    const QByteArray before = tableHash();
    // Row 3 is bad: rows 2 (new) and the update of A are not written either.
    const QByteArray bad = Header
        + "\n2025-01-02,mock,coding,B,,45,4,,Heaps:2,,,,\n"
          "2025-01-01,mock,coding,A,,45,5,,Graphs:1,,,,\n"
          "2025-01-03,mock,coding,C,,45,0,,,,,,\n";
    QVERIFY(!import.preview(bad, &error));
    QVERIFY(error.startsWith(u"line 4, column 7: "_s));
    QCOMPARE(tableHash(), before);

    // A row the database itself refuses (a score the reader let through cannot exist, so use a
    // format that was removed between preview and apply): the transaction rolls back.
    auto preview = import.preview(bad.left(bad.lastIndexOf("2025-01-03")), &error);
    QVERIFY2(preview, qPrintable(error));
    preview->parsed.rows.last().session.format = u"gone"_s;
    QVERIFY(!import.apply(*preview, {}, &error));
    QVERIFY(error.startsWith(u"line 3: "_s));
    QCOMPARE(tableHash(), before);
}

void TestInterviewCsv::cancelledImportChangesNothing()
{
    QRandomGenerator rng(7);
    QList<InterviewSession> sessions;
    for (int i = 0; i < 2000; ++i)
        sessions << randomSession(rng, i);
    const QByteArray before = tableHash();
    InterviewCsvImport import(db());
    QString error;
    const auto preview = import.preview(InterviewCsv::write(sessions), &error);
    QVERIFY2(preview, qPrintable(error));
    int calls = 0;
    QVERIFY(!import.apply(
        *preview, [&](int done, int) { return ++calls < 3 && done < 1500; }, &error));
    QCOMPARE(error, u"The import was cancelled; nothing was changed."_s);
    QCOMPARE(tableHash(), before);
}

void TestInterviewCsv::importingTwiceUpdatesInPlace()
{
    const QByteArray first = Header
        + "\n2025-01-01T10:00,real,coding,Acme,MLE,45,3,,Graphs:2,,,,\n"
          "2025-01-02,mock,coding,,,30,4,,,,,,\n";
    InterviewCsvImport import(db());
    QString error;
    auto preview = import.preview(first, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->newCount, 2);
    QVERIFY(import.apply(*preview, {}, &error));
    // The same file with a changed score, plus a row repeated inside the file.
    QByteArray second = first;
    second.replace("Graphs:2", "Graphs:5");
    second += "2025-01-03,mock,coding,,,30,2,,,,,,\n2025-01-03,mock,coding,,,30,5,,,,,,\n";
    preview = import.preview(second, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->newCount, 1);
    QCOMPARE(preview->updateCount, 3);
    QVERIFY2(import.apply(*preview, {}, &error), qPrintable(error));
    const auto all = InterviewSessionRepository(db()).all(&error);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).selfScore, 5); // the later row of the repeated pair
    QCOMPARE(all->at(2).topics, (QList<InterviewTopicScore> {{u"Graphs"_s, 5}}));
}

QTEST_GUILESS_MAIN(TestInterviewCsv)
#include "tst_interviewcsv.moc"
