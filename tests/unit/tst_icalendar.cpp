#include "db/certificationrepository.h"
#include "db/database.h"
#include "io/calendarexport.h"
#include "io/icalendar.h"
#include "io/newworkbench.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The calendar file must import into Google Calendar, Outlook and Thunderbird: RFC 5545 line
// folding, escaping and CRLF, and UIDs that stay the same from export to export.
class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesTextValues_data();
    void escapesTextValues();
    void foldsAt75OctetsWithoutSplittingCharacters_data();
    void foldsAt75OctetsWithoutSplittingCharacters();
    void writesCrlfOnlyAndTheRequiredProperties();
    void exportsExamsExpiriesRenewalsAndRealInterviews();
    void uidsStayTheSameAcrossExports();
    void failedExportLeavesTheOldFile();

private:
    static QList<QByteArray> unfold(const QByteArray &text);
};

void TestICalendar::escapesTextValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"AWS exam"_s << u"AWS exam"_s;
    QTest::newRow("comma") << u"Berlin, Germany"_s << u"Berlin\\, Germany"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
    QTest::newRow("backslash") << u"C:\\exam"_s << u"C:\\\\exam"_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u"one\\ntwo"_s;
    QTest::newRow("crlf") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
    QTest::newRow("markup stays text") << u"<h1>x</h1>"_s << u"<h1>x</h1>"_s;
    QTest::newRow("control") << u"a\u0007b"_s << u"ab"_s;
}

void TestICalendar::escapesTextValues()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ICalendar::escapeText(text), escaped);
}

void TestICalendar::foldsAt75OctetsWithoutSplittingCharacters_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("short") << u"Exam"_s;
    QTest::newRow("ascii 200") << QString(200, u'x');
    QTest::newRow("umlauts") << QString(120, u'ü');
    QTest::newRow("chinese") << QString(90, QChar(0x6a5f));
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x9A\x80").repeated(60);
    QTest::newRow("arabic mixed") << u"مقابلة "_s.repeated(25) + u"x"_s;
}

void TestICalendar::foldsAt75OctetsWithoutSplittingCharacters()
{
    QFETCH(QString, value);
    const QByteArray line = "SUMMARY:" + value.toUtf8();
    const QByteArray folded = ICalendar::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    for (int i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        QVERIFY2(l.size() <= 75, qPrintable(u"line %1 has %2 octets"_s.arg(i).arg(l.size())));
        if (i > 0)
            QVERIFY(l.startsWith(' '));
        // Each physical line is valid UTF-8 by itself: no character was cut in two.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(i > 0 ? l.mid(1) : l);
        QVERIFY2(!decoder.hasError(), qPrintable(u"line %1 splits a character"_s.arg(i)));
        Q_UNUSED(decoded);
    }
    QCOMPARE(unfold(folded).constFirst(), line);
}

QList<QByteArray> TestICalendar::unfold(const QByteArray &text)
{
    QByteArray joined = text;
    joined.replace("\r\n ", "");
    QList<QByteArray> lines = joined.split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void TestICalendar::writesCrlfOnlyAndTheRequiredProperties()
{
    CalendarEvent allDay;
    allDay.uid = u"certification-1-exam@x"_s;
    allDay.date = QDate(2027, 1, 6);
    allDay.summary = u"Exam: TensorFlow, Developer; \"Pro\""_s;
    CalendarEvent timed;
    timed.uid = u"interview-2@x"_s;
    timed.start = QDateTime(QDate(2027, 2, 1), QTime(14, 30));
    timed.durationMinutes = 45;
    timed.summary = u"Interview"_s;
    const QByteArray text
        = ICalendar::write({allDay, timed}, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
    QCOMPARE(text.count("\n"), text.count("\r\n"));
    const QList<QByteArray> lines = unfold(text);
    QCOMPARE(lines.constFirst(), QByteArray("BEGIN:VCALENDAR"));
    QCOMPARE(lines.constLast(), QByteArray("END:VCALENDAR"));
    QVERIFY(lines.contains("VERSION:2.0"));
    QVERIFY(lines.contains("DTSTAMP:20261129T090000Z"));
    QVERIFY(lines.contains("DTSTART;VALUE=DATE:20270106"));
    QVERIFY(lines.contains("DTEND;VALUE=DATE:20270107"));
    QVERIFY(lines.contains("SUMMARY:Exam: TensorFlow\\, Developer\\; \"Pro\""));
    QVERIFY(lines.contains("DTSTART:20270201T143000"));
    QVERIFY(lines.contains("DTEND:20270201T151500"));
    QCOMPARE(text.count("BEGIN:VEVENT"), 2);
    QVERIFY(lines.constFirst().startsWith("BEGIN"));
    QVERIFY(text.contains("PRODID:"));
}

static bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

void TestICalendar::exportsExamsExpiriesRenewalsAndRealInterviews()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlDatabase c = db.connection();
    QVERIFY(exec(c,
                 u"INSERT INTO certifications (id, name, issuer, status, exam_on) VALUES "
                 "(1, 'Exam, soon', 'X', 'planned', '2027-01-06')"_s));
    QVERIFY(exec(c,
                 u"INSERT INTO certifications (id, name, issuer, status, earned_on, "
                 "expires_on, renewal_period_months) VALUES "
                 "(2, 'Held', 'Y', 'earned', '2026-06-01', '2029-06-01', 12)"_s));
    QVERIFY(exec(c,
                 u"INSERT INTO certifications (id, name, issuer, status, exam_on) VALUES "
                 "(3, 'Dropped', 'Z', 'abandoned', '2027-01-10')"_s));
    QVERIFY(exec(c,
                 u"INSERT INTO interview_sessions (id, occurred_at, kind, format, company, "
                 "role, duration_minutes, self_score) VALUES "
                 "(5, '2027-02-01T14:30', 'real', 'system_design', 'Acme', 'ML Engineer', 45, 3),"
                 "(6, '2027-02-02T10:00', 'mock', 'coding', 'Self', '', 30, 3)"_s));
    QString error;
    const QList<CalendarEvent> events = CalendarExport::events(c, QDate(2026, 11, 29), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList summaries;
    for (const CalendarEvent &e : events)
        summaries.append(e.summary);
    QVERIFY2(summaries.contains(u"Exam: Exam, soon"_s), qPrintable(summaries.join(u" | "_s)));
    QVERIFY(summaries.contains(u"Expires: Held"_s));
    // Renewals every 12 months after the earned date, up to the expiry: 2027-06-01 and
    // 2028-06-01 (the one on 2029-06-01 is the expiry itself).
    QCOMPARE(summaries.count(u"Renewal due: Held"_s), 2);
    QVERIFY(!summaries.join(u' ').contains(u"Dropped"_s));
    QVERIFY(summaries.contains(u"Interview: Acme, ML Engineer (system design)"_s));
    QVERIFY(!summaries.join(u' ').contains(u"Self"_s)); // mocks stay out
}

void TestICalendar::uidsStayTheSameAcrossExports()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlDatabase c = db.connection();
    QVERIFY(exec(c,
                 u"INSERT INTO certifications (id, name, issuer, status, exam_on) VALUES "
                 "(1, 'A', 'X', 'planned', '2027-01-06')"_s));
    QString error;
    const QList<CalendarEvent> first = CalendarExport::events(c, QDate(2026, 11, 29), &error);
    // The exam moves: the same event, updated, not a second one.
    QVERIFY(exec(c, u"UPDATE certifications SET exam_on = '2027-02-01', name = 'B'"_s));
    const QList<CalendarEvent> second = CalendarExport::events(c, QDate(2026, 11, 29), &error);
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.constFirst().uid, first.constFirst().uid);
    QCOMPARE(second.constFirst().date, QDate(2027, 2, 1));
    // Another workbench never shares a UID.
    Database other;
    QVERIFY(other.open(dir.filePath(u"other.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QVERIFY(exec(other.connection(),
                 u"INSERT INTO certifications (id, name, issuer, status, "
                 "exam_on) VALUES (1, 'A', 'X', 'planned', '2027-01-06')"_s));
    const QList<CalendarEvent> theirs
        = CalendarExport::events(other.connection(), QDate(2026, 11, 29), &error);
    QCOMPARE(theirs.size(), 1);
    QVERIFY(theirs.constFirst().uid != first.constFirst().uid);
}

void TestICalendar::failedExportLeavesTheOldFile()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QString error;
    QVERIFY(!CalendarExport::exportTo(db.connection(), dir.filePath(u"no/such/folder/x.ics"_s),
                                      QDate(2026, 11, 29), &error));
    QVERIFY2(error.contains(u"x.ics"_s), qPrintable(error));
    const QString path = dir.filePath(u"x.ics"_s);
    QVERIFY(CalendarExport::exportTo(db.connection(), path, QDate(2026, 11, 29), &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
