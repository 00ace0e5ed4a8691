#include "db/database.h"
#include "db/roadmaprepository.h"
#include "io/newworkbench.h"
#include "io/onboardingplan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The first-run guide on a new workbench: only the chosen specialisations stay targets, and a
// quick self-assessment per stage makes the first projection start from the user's real level.
class TestOnboardingPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Roadmap m_roadmap;

    const Skill &skill(const QString &name) const
    {
        for (const Skill &s : m_roadmap.skills) {
            if (s.name == name)
                return s;
        }
        qFatal("no skill %s", qPrintable(name));
    }
    static const OnboardingPlan::SkillChange *changeOf(const QList<OnboardingPlan::SkillChange> &l,
                                                       qint64 id)
    {
        for (const auto &c : l) {
            if (c.skillId == id)
                return &c;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        Database db;
        QVERIFY2(db.open(m_dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()),
                 qPrintable(db.error()));
        QString error;
        m_roadmap = *RoadmapRepository(db.connection()).load(&error);
        QVERIFY(!m_roadmap.skills.isEmpty());
    }

    void onlyChosenSpecialisationsStayTargets()
    {
        const auto builtIn = OnboardingPlan::builtInOf(m_roadmap.skills);
        QCOMPARE(builtIn.size(), m_roadmap.skills.size());
        OnboardingPlan::Answers a;
        a.specialisations = {u"nlp"_s, u"mlops"_s};
        const auto changes = OnboardingPlan::changes(m_roadmap.skills, builtIn, a);
        const auto *rl = changeOf(changes, skill(u"Reinforcement learning basics"_s).id);
        QVERIFY(rl);
        QCOMPARE(rl->newTarget, 0);
        QCOMPARE(changeOf(changes, skill(u"Object detection"_s).id)->newTarget, 0);
        QVERIFY(!changeOf(changes, skill(u"Speech recognition and synthesis"_s).id)); // chosen
        QVERIFY(!changeOf(changes, skill(u"Kubernetes basics"_s).id)); // chosen
        QVERIFY(!changeOf(changes, skill(u"Python"_s).id)); // the common path is untouched
        for (const auto &c : changes) // only targets change without a self-assessment
            QCOMPARE(c.newLevel, c.oldLevel);
    }

    void selfAssessmentRaisesLevelsUpToTheTarget()
    {
        const auto builtIn = OnboardingPlan::builtInOf(m_roadmap.skills);
        OnboardingPlan::Answers a;
        const qint64 foundations = m_roadmap.stages.first().id;
        a.stageLevels.insert(foundations, 3);
        QList<Skill> skills = m_roadmap.skills;
        for (Skill &s : skills) {
            if (s.name == u"NumPy"_s)
                s.currentLevel = 4; // already above: never lowered
        }
        const auto changes = OnboardingPlan::changes(skills, builtIn, a);
        const auto *python = changeOf(changes, skill(u"Python"_s).id);
        QVERIFY(python);
        QCOMPARE(python->newLevel, 3);
        QCOMPARE(python->newStatus, Skill::Status::Learning); // target 4
        const auto *java = changeOf(changes, skill(u"Java"_s).id);
        QCOMPARE(java->newLevel, 2); // capped at its target of 2
        QCOMPARE(java->newStatus, Skill::Status::Proficient);
        QVERIFY(!changeOf(changes, skill(u"NumPy"_s).id));
        QVERIFY(!changeOf(changes, skill(u"PyTorch"_s).id)); // another stage
    }

    // Choosing a specialisation later brings its built-in target back.
    void reopenedGuideRestoresTargets()
    {
        const auto builtIn = OnboardingPlan::builtInOf(m_roadmap.skills);
        QList<Skill> skills = m_roadmap.skills;
        for (Skill &s : skills) {
            if (s.name == u"Image segmentation"_s)
                s.targetLevel = 0;
        }
        OnboardingPlan::Answers a;
        a.specialisations = {u"computer-vision"_s};
        const auto changes = OnboardingPlan::changes(skills, builtIn, a);
        const auto *seg = changeOf(changes, skill(u"Image segmentation"_s).id);
        QVERIFY(seg);
        QCOMPARE(seg->newTarget, 2);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingPlan)
#include "tst_onboardingplan.moc"
