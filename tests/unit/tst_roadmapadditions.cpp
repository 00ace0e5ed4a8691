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
