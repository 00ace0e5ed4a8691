// The validators in core: each rule names the field it is about, so that a dialog can show it
// beside the field and an importer can report it with the record's line and column.

#include "domain/certificationvalidator.h"
#include "domain/profilevalidator.h"
#include "domain/skillvalidator.h"
#include "domain/studysessionvalidator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<void(Profile &)>)
Q_DECLARE_METATYPE(std::function<void(Skill &)>)
Q_DECLARE_METATYPE(std::function<void(Certification &)>)
Q_DECLARE_METATYPE(std::function<void(StudySession &)>)

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void profile_data()
    {
        QTest::addColumn<std::function<void(Profile &)>>("change");
        QTest::addColumn<QStringList>("fields");
        using F = std::function<void(Profile &)>;
        QTest::newRow("default profile is valid") << F([](Profile &) {}) << QStringList();
        QTest::newRow("lower-case currency")
            << F([](Profile &p) { p.currency = u"usd"_s; }) << QStringList {u"currency"_s};
        QTest::newRow("empty currency")
            << F([](Profile &p) { p.currency.clear(); }) << QStringList {u"currency"_s};
        QTest::newRow("symbol, not code")
            << F([](Profile &p) { p.currency = u"$"_s; }) << QStringList {u"currency"_s};
        QTest::newRow("negative salary")
            << F([](Profile &p) { p.currentSalary = -1; }) << QStringList {u"currentSalary"_s};
        QTest::newRow("not a number salary")
            << F([](Profile &p) { p.currentSalary = qQNaN(); }) << QStringList {u"currentSalary"_s};
        QTest::newRow("email without @")
            << F([](Profile &p) { p.email = u"me.example.com"_s; }) << QStringList {u"email"_s};
        QTest::newRow("two problems in field order") << F([](Profile &p) {
            p.currency = u"EURO"_s;
            p.currentSalary = -5;
        }) << QStringList {u"currency"_s, u"currentSalary"_s};
    }
    void profile()
    {
        QFETCH(std::function<void(Profile &)>, change);
        QFETCH(QStringList, fields);
        Profile p;
        change(p);
        const Problems problems = ProfileValidator::validate(p);
        QCOMPARE(problems.fields(), fields);
        for (const FieldProblem &fp : problems.list())
            QVERIFY(!fp.message.isEmpty());
    }

    void skill_data()
    {
        QTest::addColumn<std::function<void(Skill &)>>("change");
        QTest::addColumn<QStringList>("fields");
        using F = std::function<void(Skill &)>;
        QTest::newRow("valid") << F([](Skill &) {}) << QStringList();
        QTest::newRow("blank name")
            << F([](Skill &s) { s.name = u"   "_s; }) << QStringList {u"name"_s};
        QTest::newRow("no stage") << F([](Skill &s) { s.stageId = 0; })
                                  << QStringList {u"stageId"_s};
        QTest::newRow("level above 5")
            << F([](Skill &s) { s.currentLevel = 6; }) << QStringList {u"currentLevel"_s};
        QTest::newRow("negative target")
            << F([](Skill &s) { s.targetLevel = -1; }) << QStringList {u"targetLevel"_s};
        QTest::newRow("priority 0")
            << F([](Skill &s) { s.priority = 0; }) << QStringList {u"priority"_s};
        QTest::newRow("own prerequisite")
            << F([](Skill &s) { s.prerequisites = {s.id}; }) << QStringList {u"prerequisites"_s};
    }
    void skill()
    {
        QFETCH(std::function<void(Skill &)>, change);
        QFETCH(QStringList, fields);
        Skill s;
        s.id = 7;
        s.stageId = 1;
        s.name = u"Python"_s;
        change(s);
        QCOMPARE(SkillValidator::validate(s).fields(), fields);
    }

    void certification_data()
    {
        QTest::addColumn<std::function<void(Certification &)>>("change");
        QTest::addColumn<QStringList>("fields");
        using F = std::function<void(Certification &)>;
        QTest::newRow("valid") << F([](Certification &) {}) << QStringList();
        QTest::newRow("no name") << F([](Certification &c) { c.name.clear(); })
                                 << QStringList {u"name"_s};
        QTest::newRow("empty currency means the profile's")
            << F([](Certification &c) { c.currency.clear(); }) << QStringList();
        QTest::newRow("bad currency")
            << F([](Certification &c) { c.currency = u"eu"_s; }) << QStringList {u"currency"_s};
        QTest::newRow("negative exam cost")
            << F([](Certification &c) { c.examCost = -1; }) << QStringList {u"examCost"_s};
        QTest::newRow("negative hours")
            << F([](Certification &c) { c.plannedHours = -3; }) << QStringList {u"plannedHours"_s};
        QTest::newRow("both uplifts") << F([](Certification &c) {
            c.upliftAmount = 100;
            c.upliftPercent = 5;
        }) << QStringList {u"uplift"_s};
        QTest::newRow("negative uplift")
            << F([](Certification &c) { c.upliftPercent = -5; }) << QStringList {u"uplift"_s};
        QTest::newRow("earned before the exam") << F([](Certification &c) {
            c.examOn = QDate(2026, 5, 1);
            c.earnedOn = QDate(2026, 4, 1);
        }) << QStringList {u"earnedOn"_s};
        QTest::newRow("expires before earned") << F([](Certification &c) {
            c.earnedOn = QDate(2026, 5, 1);
            c.expiresOn = QDate(2026, 4, 1);
        }) << QStringList {u"expiresOn"_s};
    }
    void certification()
    {
        QFETCH(std::function<void(Certification &)>, change);
        QFETCH(QStringList, fields);
        Certification c;
        c.name = u"Cloud ML Engineer"_s;
        c.currency = u"EUR"_s;
        change(c);
        QCOMPARE(CertificationValidator::validate(c).fields(), fields);
    }

    void studySession_data()
    {
        QTest::addColumn<std::function<void(StudySession &)>>("change");
        QTest::addColumn<QStringList>("fields");
        using F = std::function<void(StudySession &)>;
        QTest::newRow("valid") << F([](StudySession &) {}) << QStringList();
        QTest::newRow("certification only is fine") << F([](StudySession &s) {
            s.skillId = 0;
            s.certificationId = 3;
        }) << QStringList();
        QTest::newRow("nothing studied for")
            << F([](StudySession &s) { s.skillId = 0; }) << QStringList {u"subject"_s};
        QTest::newRow("no day") << F([](StudySession &s) { s.studiedOn = QDate(); })
                                << QStringList {u"studiedOn"_s};
        QTest::newRow("zero minutes")
            << F([](StudySession &s) { s.minutes = 0; }) << QStringList {u"minutes"_s};
        QTest::newRow("over a day")
            << F([](StudySession &s) { s.minutes = 24 * 60 + 1; }) << QStringList {u"minutes"_s};
        QTest::newRow("a whole day")
            << F([](StudySession &s) { s.minutes = 24 * 60; }) << QStringList();
    }
    void studySession()
    {
        QFETCH(std::function<void(StudySession &)>, change);
        QFETCH(QStringList, fields);
        StudySession s;
        s.skillId = 1;
        s.studiedOn = QDate(2026, 3, 1);
        s.minutes = 45;
        change(s);
        QCOMPARE(StudySessionValidator::validate(s).fields(), fields);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
