#include "calc/completionprojector.h"
#include "calc/learningplanner.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// id, current, target, priority, prerequisites; stage 1, not skipped.
Skill skill(qint64 id, int current, int target, int priority, QList<qint64> prerequisites = {},
            Skill::Status status = Skill::Status::NotStarted, qint64 stage = 1)
{
    Skill s;
    s.id = id;
    s.name = u"S%1"_s.arg(id);
    s.stageId = stage;
    s.currentLevel = current;
    s.targetLevel = target;
    s.priority = priority;
    s.prerequisites = prerequisites;
    s.status = status;
    return s;
}

QList<qint64> ids(const QList<LearningPlanner::Step> &steps)
{
    QList<qint64> out;
    for (const auto &s : steps)
        out << s.skillId;
    return out;
}

} // namespace

class TestLearningPlanner : public QObject
{
    Q_OBJECT
private slots:
    void rankOrder_data();
    void rankOrder();
    void scoresAndReasons();
    void deepPrerequisiteChain();
    void projection_data();
    void projection();
    void overall();
};

void TestLearningPlanner::rankOrder_data()
{
    QTest::addColumn<QList<Skill>>("skills");
    QTest::addColumn<QList<qint64>>("expected");

    // Scores: 1 -> 2x2=4, 2 -> 1x4=4, 3 -> 3x1=3. Tie 4/4 keeps roadmap order.
    QTest::newRow("score, ties in roadmap order")
        << QList<Skill> {skill(1, 1, 3, 2), skill(2, 2, 3, 4), skill(3, 0, 3, 1)}
        << QList<qint64> {1, 2, 3};
    QTest::newRow("higher score first")
        << QList<Skill> {skill(1, 2, 3, 1), skill(2, 0, 3, 3)} // 1, 9
        << QList<qint64> {2, 1};
    // 5 (score 1x1=1) is a prerequisite of 6 (3x3=9); 7 scores 2x3=6. 5 is pulled up to 9.
    QTest::newRow("prerequisite pulled ahead of what waits for it")
        << QList<Skill> {skill(7, 1, 3, 3), skill(6, 0, 3, 3, {5}), skill(5, 2, 3, 1)}
        << QList<qint64> {5, 6, 7};
    // Chain 10 <- 11 <- 12 (12 needs 11 needs 10); 12 scores most, the chain comes in order.
    QTest::newRow("chain of prerequisites")
        << QList<Skill> {skill(12, 0, 5, 4, {11}), skill(11, 2, 3, 1, {10}), skill(10, 2, 3, 1),
                         skill(13, 0, 4, 3)} // 20; 1; 1; 12
        << QList<qint64> {10, 11, 12, 13};
    // The prerequisite has reached its target: it does not hold anything back.
    QTest::newRow("prerequisite without a gap does not block")
        << QList<Skill> {skill(20, 3, 3, 4), skill(21, 2, 3, 1, {20}), skill(22, 2, 4, 1)}
        << QList<qint64> {22, 21};
    QTest::newRow("skipped and reached skills are left out; skipped prerequisite ignored")
        << QList<Skill> {skill(30, 0, 5, 4, {}, Skill::Status::Skipped), skill(31, 4, 3, 4),
                         skill(32, 0, 1, 1, {30})}
        << QList<qint64> {32};
    // Two skills wait for 41: it takes the higher of their scores (12) and goes first.
    QTest::newRow("shared prerequisite")
        << QList<Skill> {skill(40, 0, 2, 2), skill(42, 0, 4, 3, {41}), skill(43, 0, 3, 2, {41}),
                         skill(41, 2, 3, 1)} // 4; 12; 6; 1 (effective 12)
        << QList<qint64> {41, 42, 43, 40};
    // 50 and 51 need each other (a circle the editor refuses, but a file may hold): the free
    // skill goes first, then the circle, best score first (50: 2x2=4, 51: 3x1=3, 52: 1x1=1).
    QTest::newRow("circle in the data")
        << QList<Skill> {skill(50, 0, 2, 2, {51}), skill(51, 0, 3, 1, {50}), skill(52, 0, 1, 1)}
        << QList<qint64> {52, 50, 51};
    // 61 becomes ready only after 60 is placed, and then outranks 62, which was ready first.
    // 60: 1x1=1, pulled up to 61's 5x4=20; 62: 4x3=12.
    QTest::newRow("a skill that becomes ready outranks one waiting since the start")
        << QList<Skill> {skill(62, 0, 4, 3), skill(61, 0, 5, 4, {60}), skill(60, 2, 3, 1)}
        << QList<qint64> {60, 61, 62};
    QTest::newRow("empty") << QList<Skill> {} << QList<qint64> {};
}

void TestLearningPlanner::rankOrder()
{
    QFETCH(QList<Skill>, skills);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(ids(LearningPlanner::rank(skills)), expected);
}

// A template may chain every skill to the one before it, and ranking may run on a worker
// thread, whose stack is small (512 KB on macOS). Ranking walks the chain with its own stack:
// ranked recursively, 100,000 links overflowed such a stack (SIGSEGV).
void TestLearningPlanner::deepPrerequisiteChain()
{
    const int n = 100000;
    QList<Skill> skills;
    skills.reserve(n);
    for (int i = 1; i <= n; ++i)
        skills << skill(i, 0, i == n ? 5 : 1, i == n ? 4 : 1,
                        i > 1 ? QList<qint64> {i - 1} : QList<qint64> {});
    QList<LearningPlanner::Step> steps;
    QThread *worker = QThread::create([&] { steps = LearningPlanner::rank(skills); });
    worker->setStackSize(256 * 1024);
    worker->start();
    QVERIFY(worker->wait());
    delete worker;
    QCOMPARE(steps.size(), n);
    QCOMPARE(steps.constFirst().skillId, qint64(1));
    QCOMPARE(steps.constLast().skillId, qint64(n));
    // The first skill is pulled up by the last one's score (gap 5, priority 4).
    QCOMPARE(steps.constFirst().effectiveScore, 20);
}

void TestLearningPlanner::scoresAndReasons()
{
    const QList<Skill> skills {skill(1, 1, 4, 3), skill(2, 0, 2, 4, {1})};
    const auto steps = LearningPlanner::rank(skills);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].skillId, 1);
    QCOMPARE(steps[0].score, 9); // (4 - 1) x 3
    QCOMPARE(steps[0].effectiveScore, 9); // 2 scores (2 - 0) x 4 = 8 < 9
    QCOMPARE(steps[0].unlocks, QList<qint64> {2});
    QVERIFY2(steps[0].reason.contains(u"score 9"_s), qPrintable(steps[0].reason));
    QVERIFY2(steps[0].reason.contains(u"Needed first for S2"_s), qPrintable(steps[0].reason));
    QCOMPARE(steps[1].score, 8);
    QCOMPARE(steps[1].waitsFor, QList<qint64> {1});
    QVERIFY2(steps[1].reason.contains(u"Comes after S1"_s), qPrintable(steps[1].reason));
    QCOMPARE(LearningPlanner::priorityWeight(1), 1);
    QCOMPARE(LearningPlanner::priorityWeight(4), 4);
}

void TestLearningPlanner::projection_data()
{
    QTest::addColumn<double>("budget");
    QTest::addColumn<double>("hoursPerLevel");
    QTest::addColumn<QList<Skill>>("skills");
    QTest::addColumn<QList<int>>("reached");
    QTest::addColumn<QList<int>>("targeted");
    QTest::addColumn<QList<QDate>>("dates");

    const QDate today(2024, 1, 1);
    // Stage 1: gaps 1 + 1 = 2 levels = 40 h; at 5 h/week = 8 weeks = 56 days -> 26 Feb.
    // Stage 2: gap 1 = 20 h, cumulative 60 h = 12 weeks = 84 days -> 25 Mar.
    const QList<Skill> twoStages {skill(1, 2, 3, 2, {}, Skill::Status::NotStarted, 1),
                                  skill(2, 1, 2, 2, {}, Skill::Status::NotStarted, 1),
                                  skill(3, 4, 3, 2, {}, Skill::Status::NotStarted, 1),
                                  skill(4, 0, 1, 2, {}, Skill::Status::NotStarted, 2)};
    QTest::newRow("cumulative by stage")
        << 5.0 << 20.0 << twoStages << QList<int> {2 + 1 + 3, 0} << QList<int> {3 + 2 + 3, 1}
        << QList<QDate> {today.addDays(56), today.addDays(84)};
    // 30 h at 4 h/week = 7.5 weeks = 52.5 days, rounded up to 53.
    QTest::newRow("partial weeks round up")
        << 4.0 << 10.0 << QList<Skill> {skill(1, 0, 3, 2, {}, Skill::Status::NotStarted, 1)}
        << QList<int> {0, 0} << QList<int> {3, 0} << QList<QDate> {today.addDays(53), QDate()};
    QTest::newRow("zero budget: no dates") << 0.0 << 20.0 << twoStages << QList<int> {6, 0}
                                           << QList<int> {8, 1} << QList<QDate> {QDate(), QDate()};
    // The skipped skill counts neither in progress nor in hours; stage 1 is complete.
    QTest::newRow("skipped and complete stages")
        << 10.0 << 20.0
        << QList<Skill> {skill(1, 3, 3, 2, {}, Skill::Status::NotStarted, 1),
                         skill(2, 0, 5, 2, {}, Skill::Status::Skipped, 1),
                         skill(3, 1, 2, 2, {}, Skill::Status::NotStarted, 2)}
        << QList<int> {3, 1} << QList<int> {3, 2} << QList<QDate> {QDate(), today.addDays(14)};
}

void TestLearningPlanner::projection()
{
    QFETCH(double, budget);
    QFETCH(double, hoursPerLevel);
    QFETCH(QList<Skill>, skills);
    QFETCH(QList<int>, reached);
    QFETCH(QList<int>, targeted);
    QFETCH(QList<QDate>, dates);
    const QList<RoadmapGroup> stages {{RoadmapGroup::Kind::Stage, 1, u"One"_s, {}, 0},
                                      {RoadmapGroup::Kind::Stage, 2, u"Two"_s, {}, 1}};
    const auto p
        = CompletionProjector::project(stages, skills, budget, hoursPerLevel, QDate(2024, 1, 1));
    QCOMPARE(p.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(p[i].stageId, stages[i].id);
        QCOMPARE(p[i].levelsReached, reached[i]);
        QCOMPARE(p[i].levelsTargeted, targeted[i]);
        QCOMPARE(p[i].completion, dates[i]);
    }
}

void TestLearningPlanner::overall()
{
    const QList<RoadmapGroup> stages {{RoadmapGroup::Kind::Stage, 1, u"One"_s, {}, 0},
                                      {RoadmapGroup::Kind::Stage, 2, u"Two"_s, {}, 1}};
    const QList<Skill> skills {skill(1, 1, 3, 2, {}, Skill::Status::NotStarted, 1),
                               skill(2, 0, 2, 2, {}, Skill::Status::NotStarted, 2)};
    // 2 levels then 2 levels at 10 h each: 20 h, 40 h; at 10 h/week: 14 and 28 days.
    const auto p = CompletionProjector::project(stages, skills, 10, 10, QDate(2024, 1, 1));
    const auto all = CompletionProjector::overall(p);
    QCOMPARE(all.levelsReached, 1);
    QCOMPARE(all.levelsTargeted, 5);
    QCOMPARE(all.remainingHours, 40.0);
    QCOMPARE(all.completion, QDate(2024, 1, 29));
    QCOMPARE(all.fraction(), 0.2);
}

QTEST_GUILESS_MAIN(TestLearningPlanner)
#include "tst_learningplanner.moc"
