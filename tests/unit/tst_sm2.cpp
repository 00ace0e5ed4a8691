// SM-2 spacing and the weakest-topic ranking, on sequences worked out by hand.
#include "calc/interviewreadiness.h"
#include "calc/sm2.h"
#include "calc/topicranking.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSm2 : public QObject
{
    Q_OBJECT
private slots:
    void sequences_data();
    void sequences();
    void easeNeverBelowMinimum();
    void dueness();
    void recentAverage();
    void weakestRanking();
    void readinessPerFormat();
};

void TestSm2::sequences_data()
{
    QTest::addColumn<QList<int>>("qualities");
    QTest::addColumn<QList<int>>("intervals");
    QTest::addColumn<QList<double>>("eases");
    QTest::addColumn<QList<int>>("repetitions");

    // 5,5,5: ease +0.1 each; intervals 1, 6, then round(6 * 2.7) = 16.
    QTest::newRow("three perfect") << QList<int> {5, 5, 5} << QList<int> {1, 6, 16}
                                   << QList<double> {2.6, 2.7, 2.8} << QList<int> {1, 2, 3};
    // 4 keeps the ease (0.1 - 1 * 0.1 = 0); 3 takes 0.14 (0.1 - 2 * 0.12); a 2 fails: back to
    // 1 day, repetitions 0, ease - 0.32 (0.1 - 3 * 0.14).
    QTest::newRow("4 3 2") << QList<int> {4, 3, 2} << QList<int> {1, 6, 1}
                           << QList<double> {2.5, 2.36, 2.04} << QList<int> {1, 2, 0};
    // After a fail the schedule starts again: 1 day, 6 days, then 6 * ease.
    // 5: 2.6 (1); 1: 2.6 - 0.54 = 2.06 (1, reps 0); 4: 2.06 (1); 5: 2.16 (6); 5: 2.26, 6*2.16 =
    // 12.96 -> 13.
    QTest::newRow("fail then recover")
        << QList<int> {5, 1, 4, 5, 5} << QList<int> {1, 1, 1, 6, 13}
        << QList<double> {2.6, 2.06, 2.06, 2.16, 2.26} << QList<int> {1, 0, 1, 2, 3};
    // Out-of-range scores count as the nearest valid one.
    QTest::newRow("clamped") << QList<int> {9, 0} << QList<int> {1, 1} << QList<double> {2.6, 2.06}
                             << QList<int> {1, 0};
}

void TestSm2::sequences()
{
    QFETCH(QList<int>, qualities);
    QFETCH(QList<int>, intervals);
    QFETCH(QList<double>, eases);
    QFETCH(QList<int>, repetitions);

    Sm2::State s;
    QDate day(2025, 3, 1);
    for (qsizetype i = 0; i < qualities.size(); ++i) {
        s = Sm2::review(s, qualities.at(i), day);
        QCOMPARE(s.intervalDays, intervals.at(i));
        QVERIFY2(
            qAbs(s.ease - eases.at(i)) < 1e-9,
            qPrintable(u"step %1: ease %2, expected %3"_s.arg(i).arg(s.ease).arg(eases.at(i))));
        QCOMPARE(s.repetitions, repetitions.at(i));
        QCOMPARE(s.last, day);
        QCOMPARE(s.due, day.addDays(intervals.at(i)));
        day = s.due; // practised on the day it fell due
    }
}

void TestSm2::easeNeverBelowMinimum()
{
    Sm2::State s;
    for (int i = 0; i < 10; ++i)
        s = Sm2::review(s, 1, QDate(2025, 1, 1).addDays(i));
    QCOMPARE(s.ease, Sm2::MinimumEase);
    QCOMPARE(s.intervalDays, 1);
}

void TestSm2::dueness()
{
    const QDate today(2025, 6, 10);
    QVERIFY(Sm2::isDue(Sm2::State(), today));
    const Sm2::State s = Sm2::review(Sm2::State(), 5, today.addDays(-1)); // due today
    QVERIFY(Sm2::isDue(s, today));
    QVERIFY(!Sm2::isDue(s, today.addDays(-1)));
}

void TestSm2::recentAverage()
{
    QCOMPARE(TopicRanking::recentAverage({}), 0.0);
    QCOMPARE(TopicRanking::recentAverage({4}), 4.0);
    // Only the newest five count: (1 + 2 + 3 + 4 + 5) / 5, the 1s after them are older.
    QCOMPARE(TopicRanking::recentAverage({1, 2, 3, 4, 5, 1, 1}), 3.0);
}

void TestSm2::weakestRanking()
{
    using TopicRanking::TopicScores;
    const QList<TopicScores> topics = {
        {1, u"Transformers"_s, {5, 5, 4}}, // 4.67
        {2, u"Statistics"_s, {2, 3, 2, 3, 2, 5, 5}}, // newest five: 2.4 (old 5s ignored)
        {3, u"SQL"_s, {}}, // never scored: not ranked
        {4, u"Behavioural"_s, {3}}, // 3.0 from one score
        {5, u"Feature stores"_s, {3, 3, 3}}, // 3.0 from three: ranked before Behavioural
        {6, u"A/B tests"_s, {3, 3, 3}}, // same average and count: by name, first
    };
    const auto ranked = TopicRanking::weakest(topics);
    QStringList names;
    for (const auto &r : ranked)
        names << r.name;
    QCOMPARE(names,
             (QStringList {u"Statistics"_s, u"A/B tests"_s, u"Feature stores"_s, u"Behavioural"_s,
                           u"Transformers"_s}));
    QCOMPARE(ranked.first().average, 2.4);
    QCOMPARE(ranked.first().count, 5);
    QCOMPARE(TopicRanking::weakest(topics, 2).size(), 2);
}

void TestSm2::readinessPerFormat()
{
    using InterviewReadiness::ScoredSession;
    const QDate d(2025, 5, 1);
    // Newest first. Coding: the interviewer's 2 counts over the self score 5; the sixth
    // (oldest) session is outside the recent five. Behavioural: one session at the target.
    const QList<ScoredSession> sessions = {
        {u"coding"_s, d, 5, 2},
        {u"behavioural"_s, d, 4, 0},
        {u"coding"_s, d, 4, 0},
        {u"coding"_s, d, 3, 0},
        {u"coding"_s, d, 4, 0},
        {u"coding"_s, d, 2, 0},
        {u"coding"_s, d.addDays(-9), 1, 0},
    };
    const auto r = InterviewReadiness::perFormat(sessions, 4.0);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).format, u"coding"_s);
    QCOMPARE(r.at(0).sessions, 6);
    QCOMPARE(r.at(0).recentAverage, 3.0); // (2 + 4 + 3 + 4 + 2) / 5
    QCOMPARE(r.at(0).ofTarget, 0.75);
    QVERIFY(!r.at(0).ready);
    QCOMPARE(r.at(1).recentAverage, 4.0);
    QCOMPARE(r.at(1).ofTarget, 1.0);
    QVERIFY(r.at(1).ready);
    QVERIFY(InterviewReadiness::perFormat({}, 4.0).isEmpty());
}

QTEST_GUILESS_MAIN(TestSm2)
#include "tst_sm2.moc"
