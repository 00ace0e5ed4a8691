#include "calc/certificationcalendar.h"

#include <QTest>

#include <cmath>

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

    // The ROI decision each certification leaves open, and when its money moves.
    void roiTiming_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("exam");
        QTest::addColumn<QDate>("earned");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<int>("renewalMonths");
        QTest::addColumn<int>("decision");
        QTest::addColumn<double>("benefitStart"); // months, rounded to 0.1
        QTest::addColumn<double>("firstRenewal"); // months, rounded to 0.1; -1 unset

        using D = RoiCalculator::Decision;
        using S = Certification::Status;
        const QDate none;
        QTest::newRow("candidate, exam in 45 days: gain from month 1.5")
            << int(S::Planned) << Today.addDays(45) << none << none << 24 << int(D::Purchase) << 1.5
            << -1.0;
        QTest::newRow("candidate, exam date passed: gain from now")
            << int(S::Studying) << Today.addDays(-3) << none << none << 0 << int(D::Purchase) << 0.0
            << -1.0;
        QTest::newRow("earned, yearly renewal due in 65 days: month 2.1")
            << int(S::Earned) << none << Today.addDays(65).addYears(-1) << none << 12
            << int(D::Renewal) << 0.0 << 2.1;
        QTest::newRow("earned, expiry before the next renewal")
            << int(S::Earned) << none << Today.addMonths(-1) << Today.addDays(30) << 36
            << int(D::Renewal) << 0.0 << 1.0;
        QTest::newRow("earned, nothing to renew") << int(S::Earned) << none << Today.addYears(-1)
                                                  << none << 0 << int(D::None) << 0.0 << -1.0;
        QTest::newRow("earned but past its expiry")
            << int(S::Earned) << none << Today.addYears(-3) << Today.addDays(-1) << 0
            << int(D::None) << 0.0 << -1.0;
        QTest::newRow("abandoned") << int(S::Abandoned) << Today.addDays(10) << none << none << 0
                                   << int(D::None) << 0.0 << -1.0;
    }

    void roiTiming()
    {
        QFETCH(int, status);
        Certification c;
        c.status = Certification::Status(status);
        QFETCH(QDate, exam);
        QFETCH(QDate, earned);
        QFETCH(QDate, expires);
        QFETCH(int, renewalMonths);
        c.examOn = exam;
        c.earnedOn = earned;
        c.expiresOn = expires;
        c.renewalPeriodMonths = renewalMonths;
        RoiCalculator::Inputs in;
        in.benefitStartMonths = 99; // overwritten
        CertificationCalendar::applyRoiTiming(c, Today, &in);
        QTEST(int(in.decision), "decision");
        QTEST(std::round(in.benefitStartMonths * 10) / 10, "benefitStart");
        QTEST(in.firstRenewalMonths ? std::round(*in.firstRenewalMonths * 10) / 10 : -1.0,
              "firstRenewal");
    }
};

QTEST_GUILESS_MAIN(TestCertificationCalendar)
#include "tst_certificationcalendar.moc"
