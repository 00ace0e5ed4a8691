#include "calc/progressstats.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// Progress over time: the study heatmap, streaks, this week and the pace actually achieved
// against the budget, levels gained this month and overall progress.
class TestProgressStats : public QObject
{
    Q_OBJECT

private:
    static inline const QDate Today {2026, 11, 26}; // a Thursday

    // "MTW.F.." style: one character per day ending TODAY, '.' nothing, a digit hours.
    static QMap<QDate, int> days(const QString &pattern, const QDate &last = Today)
    {
        QMap<QDate, int> out;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QDate d = last.addDays(i - pattern.size() + 1);
            if (pattern[i].isDigit())
                out.insert(d, pattern[i].digitValue() * 60);
        }
        return out;
    }

private slots:
    void heatmapHasEveryDay()
    {
        const QMap<QDate, int> map
            = ProgressStats::heatmap(days(u"1..2.3"_s), Today.addDays(-9), Today);
        QCOMPARE(map.size(), 10);
        QCOMPARE(map.value(Today), 180);
        QCOMPARE(map.value(Today.addDays(-1)), 0);
        QCOMPARE(map.value(Today.addDays(-5)), 60);
        QCOMPARE(map.value(Today.addDays(-9)), 0);
        QVERIFY(ProgressStats::heatmap({}, Today, Today.addDays(-1)).isEmpty());
    }

    void streaks_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("longest");
        QTest::newRow("nothing") << u"......."_s << 0 << 0;
        QTest::newRow("today only") << u"......1"_s << 1 << 1;
        QTest::newRow("ends yesterday: still alive") << u"..1111."_s << 4 << 4;
        QTest::newRow("broken two days ago") << u"1111..."_s << 0 << 4;
        QTest::newRow("longest in the past") << u"11111.11"_s << 2 << 5;
        QTest::newRow("every day") << u"1111111"_s << 7 << 7;
    }

    void streaks()
    {
        QFETCH(QString, pattern);
        const ProgressStats::Streaks s = ProgressStats::streaks(days(pattern), Today);
        QTEST(s.current, "current");
        QTEST(s.longest, "longest");
    }

    void thisWeekStartsOnMonday()
    {
        QCOMPARE(ProgressStats::weekStart(Today), QDate(2026, 11, 23));
        QCOMPARE(ProgressStats::weekStart(QDate(2026, 11, 23)), QDate(2026, 11, 23));
        QCOMPARE(ProgressStats::weekStart(QDate(2026, 11, 29)), QDate(2026, 11, 23));
        // Sunday of last week (2 h) does not count; Monday to today (0 + 1 + 2 + 3 h) does.
        QCOMPARE(ProgressStats::hoursThisWeek(days(u"2.123"_s), Today), 6.0);
    }

    // The demo user studies about 14 h a week against a budget of 10.
    void paceAgainstTheBudget()
    {
        QMap<QDate, int> log;
        for (QDate d = Today.addDays(-8 * 7 - 3); d <= Today; d = d.addDays(1))
            log.insert(d, 120); // 2 h every day: 14 h a week
        const ProgressStats::Pace p = ProgressStats::pace(log, Today, 8, 10);
        QCOMPARE(p.weeks, 8);
        QCOMPARE(p.hoursPerWeek, 14.0);
        QCOMPARE(std::round(*p.ratio() * 10) / 10, 1.4);
        QCOMPARE(ProgressStats::projectionHoursPerWeek(p), 14.0);
        QVERIFY(ProgressStats::projectionUsesPace(p));
    }

    void paceOnlyOverTheWeeksOfRecord()
    {
        // Started on Monday of last week, 3 h a day, nothing this week: one week of record.
        QMap<QDate, int> log = days(u"3333333...."_s, Today);
        const ProgressStats::Pace p = ProgressStats::pace(log, Today, 8, 10);
        QCOMPARE(p.weeks, 1);
        QCOMPARE(p.hoursPerWeek, 21.0);
        // One week is not yet a pace to plan on: the projection keeps the budget.
        QCOMPARE(ProgressStats::projectionHoursPerWeek(p), 10.0);
        QVERIFY(!ProgressStats::projectionUsesPace(p));
        const ProgressStats::Pace none = ProgressStats::pace({}, Today, 8, 10);
        QCOMPARE(none.weeks, 0);
        QCOMPARE(ProgressStats::projectionHoursPerWeek(none), 10.0);
        QVERIFY(!ProgressStats::pace(log, Today, 8, 0).ratio());
    }

    void levelsGainedThisMonth()
    {
        const QList<ProgressStats::LevelChange> changes {
            {1, QDate(2026, 10, 31), 0, 2}, // last month
            {1, QDate(2026, 11, 2), 2, 3},  {2, QDate(2026, 11, 20), 1, 3},
            {2, QDate(2026, 11, 21), 3, 2}, // lowered again (or an undo)
            {3, QDate(2025, 11, 10), 0, 4}, // November a year ago
        };
        QCOMPARE(ProgressStats::levelsGainedThisMonth(changes, Today), 2);
        QCOMPARE(ProgressStats::levelsGainedThisMonth({}, Today), 0);
    }

    void overallProgress_data()
    {
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<QList<int>>("targets");
        QTest::addColumn<double>("progress");
        QTest::newRow("fresh") << QList<int> {0, 0, 0} << QList<int> {3, 4, 3} << 0.0;
        QTest::newRow("half") << QList<int> {1, 2, 2} << QList<int> {2, 4, 4} << 0.5;
        QTest::newRow("beyond a target counts to the target")
            << QList<int> {5, 0} << QList<int> {2, 2} << 0.5;
        QTest::newRow("nothing targeted") << QList<int> {3} << QList<int> {0} << 1.0;
    }

    void overallProgress()
    {
        QFETCH(QList<int>, levels);
        QFETCH(QList<int>, targets);
        QTEST(ProgressStats::overallProgress(levels, targets), "progress");
    }
};

QTEST_GUILESS_MAIN(TestProgressStats)
#include "tst_progressstats.moc"
