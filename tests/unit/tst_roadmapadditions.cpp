#include "db/database.h"
#include "db/roadmapadditions.h"
#include "db/roadmaprepository.h"
#include "db/transaction.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A workbench made from the first built-in roadmap (77 skills) is offered what the roadmap has
// gained since, matched by name in any language, and nothing it already has.
class TestRoadmapAdditions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static RoadmapTemplate firstRoadmap()
    {
        QString error;
        auto t = RoadmapTemplateJson::load(
            QStringLiteral(CW_TEST_DATA_DIR "/templates/builtin-77-skills.json"), &error);
        if (!t)
            qFatal("%s", qPrintable(error));
        return *t;
    }
    static Roadmap load(Database &db)
    {
        QString error;
        return RoadmapRepository(db.connection()).load(&error).value_or(Roadmap());
    }

private slots:
    void olderWorkbenchGetsTheNewSkills()
    {
        Database db;
        QVERIFY2(db.open(m_dir.filePath(u"old.sqlite"_s), NewWorkbench::seededWith(firstRoadmap())),
                 qPrintable(db.error()));
        const Roadmap before = load(db);
        QCOMPARE(before.skills.size(), 77);
        const RoadmapAdditions::Plan plan = RoadmapAdditions::plan(before, QLocale::c());
        QStringList names;
        for (const auto &s : plan.skills)
            names << s.name;
        QCOMPARE(plan.skills.size(), 8);
        QVERIFY2(names.contains(u"TFX pipelines"_s), qPrintable(names.join(u", "_s)));
        QCOMPARE(plan.newCategories.size(), 1); // Domain & business
        QCOMPARE(plan.newStages.size(), 1); // Specialisations, for speech
        QVERIFY(!plan.stageIds.isEmpty()); // the rest joins stages the workbench has

        Transaction t(db.connection());
        QString error;
        QList<qint64> added;
        QVERIFY2(RoadmapAdditions(db.connection()).apply(plan, &error, &added), qPrintable(error));
        QVERIFY(t.commit());
        QCOMPARE(added.size(), 8);
        const Roadmap after = load(db);
        QCOMPARE(after.skills.size(), 85);
        QCOMPARE(after.stages.size(), before.stages.size() + 1);
        // Prerequisites point at the skills the workbench already had.
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(u"SELECT p.name FROM skill_prerequisites sp "
                   "JOIN skills s ON s.id = sp.skill_id JOIN skills p ON p.id = sp.prerequisite_id "
                   "WHERE s.name = 'TFX pipelines' ORDER BY p.name"_s));
        QStringList prerequisites;
        while (q.next())
            prerequisites << q.value(0).toString();
        QCOMPARE(prerequisites,
                 QStringList({u"Data validation"_s, u"Pipeline orchestration with Airflow"_s,
                              u"TensorFlow and Keras"_s}));
        // Nothing is offered twice.
        QVERIFY(RoadmapAdditions::plan(after, QLocale::c()).isEmpty());
        QVERIFY(RoadmapAdditions::plan(after, QLocale(QLocale::German)).isEmpty());
    }

    // Skills of a specialisation the user has not chosen come without a target (optional, as
    // the first-run guide leaves them); unticked skills and the stages only they needed stay out.
    void chosenSkillsAndSpecialisations()
    {
        Database db;
        QVERIFY(
            db.open(m_dir.filePath(u"choose.sqlite"_s), NewWorkbench::seededWith(firstRoadmap())));
        Roadmap roadmap = load(db);
        const RoadmapAdditions::Plan plan = RoadmapAdditions::plan(roadmap, QLocale::c());
        QSet<QString> all;
        for (const auto &s : plan.skills)
            all.insert(s.key);

        const auto none = RoadmapAdditions::choose(plan, all, {});
        QCOMPARE(none.skills.size(), plan.skills.size());
        int optional = 0;
        for (int i = 0; i < plan.skills.size(); ++i) {
            const bool special = !plan.skills[i].specialisation.isEmpty();
            QCOMPARE(none.skills[i].target, special ? 0 : plan.skills[i].target);
            optional += special ? 1 : 0;
        }
        QVERIFY(optional > 0); // speech (NLP) and the MLOps additions
        const auto mlops = RoadmapAdditions::choose(plan, all, {u"mlops"_s});
        for (const auto &s : mlops.skills)
            QCOMPARE(s.target == 0, !s.specialisation.isEmpty() && s.specialisation != u"mlops"_s);

        // Only TFX: no new stage (it joins Deployment), no new category.
        const auto tfx = RoadmapAdditions::choose(plan, {u"tfx-pipelines"_s}, {u"mlops"_s});
        QCOMPARE(tfx.skills.size(), 1);
        QVERIFY(tfx.newStages.isEmpty());
        QVERIFY(tfx.newCategories.isEmpty());
        QVERIFY(tfx.skills.first().target > 0);

        // The guide's rule: a specialisation is chosen while one of its skills has a target.
        for (Skill &s : roadmap.skills)
            if (s.name == u"Image classification"_s)
                s.targetLevel = 0;
        const QSet<QString> before = RoadmapAdditions::chosenSpecialisations(load(db));
        QVERIFY(before.contains(u"computer-vision"_s));
        for (Skill &s : roadmap.skills)
            if (s.name == u"Object detection"_s || s.name == u"Image segmentation"_s
                || s.name == u"Image classification"_s)
                s.targetLevel = 0;
        QVERIFY(!RoadmapAdditions::chosenSpecialisations(roadmap).contains(u"computer-vision"_s));
    }

    void newWorkbenchLacksNothing()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"new.sqlite"_s), NewWorkbench::builtInRoadmap()));
        QVERIFY(RoadmapAdditions::plan(load(db), QLocale::c()).isEmpty());
    }

    // In German the additions come in German, while the English skills are still recognised.
    void additionsInTheInterfaceLanguage()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"en.sqlite"_s), NewWorkbench::seededWith(firstRoadmap())));
        const auto plan = RoadmapAdditions::plan(load(db), QLocale(QLocale::German));
        QCOMPARE(plan.skills.size(), 8);
        QStringList names;
        for (const auto &s : plan.skills)
            names << s.name;
        QVERIFY2(names.contains(u"Spracherkennung und Sprachsynthese"_s),
                 qPrintable(names.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestRoadmapAdditions)
#include "tst_roadmapadditions.moc"
