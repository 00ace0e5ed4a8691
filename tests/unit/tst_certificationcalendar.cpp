#include "calc/certificationcalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What is due in the next 90 days: exams until a certification is held, then expiries and
// renewals (never after the expiry), inside the window only, soonest first.
class TestCertificationCalendar : public QObject
{
    Q_OBJECT

private:
    static inline const QDate Today {2026, 6, 1};

private slots:
    void events_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("exam");
        QTest::addColumn<QDate>("earned");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<int>("renewalMonths");
        // Each event as "kind yyyy-MM-dd", soonest first.
        QTest::addColumn<QStringList>("expected");

        const int planned = int(Certification::Status::Planned);
        const int earned = int(Certification::Status::Earned);
        const int abandoned = int(Certification::Status::Abandoned);
        const QDate none;
        QTest::newRow("exam today")
            << planned << Today << none << none << 0 << QStringList {u"exam 2026-06-01"_s};
        QTest::newRow("exam on day 90") << planned << Today.addDays(90) << none << none << 0
                                        << QStringList {u"exam 2026-08-30"_s};
        QTest::newRow("exam on day 91")
            << planned << Today.addDays(91) << none << none << 0 << QStringList {};
        QTest::newRow("exam yesterday")
            << planned << Today.addDays(-1) << none << none << 0 << QStringList {};
        QTest::newRow("abandoned: no exam")
            << abandoned << Today.addDays(5) << none << none << 0 << QStringList {};
        QTest::newRow("earned: the exam is over")
            << earned << Today.addDays(5) << QDate(2026, 5, 1) << none << 0 << QStringList {};
        QTest::newRow("expiry in the window")
            << earned << none << QDate(2024, 1, 1) << QDate(2026, 7, 1) << 0
            << QStringList {u"expiry 2026-07-01"_s};
        QTest::newRow("yearly renewal in the window")
            << earned << none << QDate(2025, 7, 15) << none << 12
            << QStringList {u"renewal 2026-07-15"_s};
        QTest::newRow("renewal on the expiry date shows once")
            << earned << none << QDate(2023, 7, 15) << QDate(2026, 7, 15) << 36
            << QStringList {u"expiry 2026-07-15"_s};
        QTest::newRow("renewal before the expiry")
            << earned << none << QDate(2025, 7, 1) << QDate(2026, 8, 1) << 12
            << QStringList {u"renewal 2026-07-01"_s, u"expiry 2026-08-01"_s};
        QTest::newRow("renewal after the expiry is moot")
            << earned << none << QDate(2023, 7, 20) << QDate(2026, 7, 15) << 36
            << QStringList {u"expiry 2026-07-15"_s};
        QTest::newRow("expired long ago: nothing to renew")
            << earned << none << QDate(2020, 1, 1) << QDate(2023, 1, 1) << 12 << QStringList {};
    }

    void events()
    {
        QFETCH(int, status);
        QFETCH(QDate, exam);
        QFETCH(QDate, earned);
        QFETCH(QDate, expires);
        QFETCH(int, renewalMonths);
        Certification c;
        c.id = 7;
        c.name = u"Cert"_s;
        c.status = Certification::Status(status);
        c.examOn = exam;
        c.earnedOn = earned;
        c.expiresOn = expires;
        c.renewalPeriodMonths = renewalMonths;
        QStringList got;
        for (const CertificationCalendar::Event &e : CertificationCalendar::upcoming({c}, Today)) {
            using Kind = CertificationCalendar::Event::Kind;
            const QString kind = e.kind == Kind::Exam ? u"exam"_s
                : e.kind == Kind::Expiry              ? u"expiry"_s
                                                      : u"renewal"_s;
            got.append(kind + u' ' + e.date.toString(Qt::ISODate));
            QCOMPARE(e.certificationId, qint64(7));
            QCOMPARE(e.daysAway, int(Today.daysTo(e.date)));
        }
        QTEST(got, "expected");
    }

    void soonestFirstAcrossCertifications()
    {
        Certification a;
        a.name = u"B later"_s;
        a.status = Certification::Status::Studying;
        a.examOn = Today.addDays(30);
        Certification b;
        b.name = u"A sooner"_s;
        b.status = Certification::Status::Earned;
        b.earnedOn = QDate(2024, 1, 1);
        b.expiresOn = Today.addDays(10);
        const auto events = CertificationCalendar::upcoming({a, b}, Today);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).certificationName, u"A sooner"_s);
        QCOMPARE(events.at(1).certificationName, u"B later"_s);
    }
};

QTEST_GUILESS_MAIN(TestCertificationCalendar)
#include "tst_certificationcalendar.moc"
