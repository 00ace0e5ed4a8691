// The figures behind the Skills charts, from a roadmap alone.

#include "calc/roadmapstats.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Skill skill(qint64 id, qint64 category, int current, int target,
            Skill::Status status = Skill::Status::Learning)
{
    Skill s;
    s.id = id;
    s.stageId = 1;
    s.categoryId = category;
    s.name = u"S%1"_s.arg(id);
    s.currentLevel = current;
    s.targetLevel = target;
    s.status = status;
    return s;
}
} // namespace

class TestRoadmapStats : public QObject
{
    Q_OBJECT

private slots:
    void categoryLevelsAverageAndSkipSkipped()
    {
        Roadmap r;
        r.categories = {{RoadmapGroup::Kind::Category, 10, u"Maths"_s, {}, 0},
                        {RoadmapGroup::Kind::Category, 20, u"Empty"_s, {}, 1},
                        {RoadmapGroup::Kind::Category, 30, u"MLOps"_s, {}, 2}};
        r.skills = {skill(1, 10, 1, 3), skill(2, 10, 3, 5),
                    skill(3, 10, 0, 5, Skill::Status::Skipped), skill(4, 30, 2, 2)};
        const auto levels = RoadmapStats::categoryLevels(r);
        QCOMPARE(levels.size(), 2); // "Empty" has no counted skill
        QCOMPARE(levels[0].name, u"Maths"_s);
        QCOMPARE(levels[0].skills, 2);
        QCOMPARE(levels[0].current, 2.0);
        QCOMPARE(levels[0].target, 4.0);
        QCOMPARE(levels[1].categoryId, 30);
        QCOMPARE(levels[1].current, 2.0);
    }

    void largestGaps_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all") << 10 << QList<qint64> {2, 5, 1, 3};
        QTest::newRow("two") << 2 << QList<qint64> {2, 5};
        QTest::newRow("none") << 0 << QList<qint64> {};
        QTest::newRow("negative limit") << -1 << QList<qint64> {};
    }
    void largestGaps()
    {
        QFETCH(int, limit);
        QFETCH(QList<qint64>, expected);
        const QList<Skill> skills
            = {skill(1, 1, 2, 3), skill(2, 1, 0, 4), skill(3, 1, 1, 2),
               skill(4, 1, 3, 3), skill(5, 1, 1, 5), skill(6, 1, 0, 5, Skill::Status::Skipped)};
        QList<qint64> ids;
        for (const RoadmapStats::Gap &g : RoadmapStats::largestGaps(skills, limit))
            ids << g.skillId;
        // Largest first; ties (2 and 5 both 4; 1 and 3 both 1) keep roadmap order.
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestRoadmapStats)
#include "tst_roadmapstats.moc"
