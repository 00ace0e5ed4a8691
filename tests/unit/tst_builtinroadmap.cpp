#include "domain/roadmaptemplate.h"
#include "io/certificationcatalogue.h"
#include "io/roadmaptemplatejson.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

// The built-in roadmap follows the seed article: specialisations to choose between, and a
// skill for each topic the article names.
class TestBuiltInRoadmap : public QObject
{
    Q_OBJECT

private:
    static RoadmapTemplate roadmap() { return RoadmapTemplateJson::builtIn(QLocale::c()); }
    static const RoadmapTemplate::Skill *skill(const RoadmapTemplate &t, const QString &key)
    {
        for (const auto &s : t.skills) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }

private slots:
    void specialisationsToChooseBetween()
    {
        const RoadmapTemplate t = roadmap();
        QStringList keys;
        for (const auto &s : t.specialisations)
            keys << s.key;
        QCOMPARE(keys,
                 QStringList({u"computer-vision"_s, u"nlp"_s, u"reinforcement-learning"_s,
                              u"llm-applications"_s, u"mlops"_s}));
        QHash<QString, int> perSpecialisation;
        for (const auto &s : t.skills)
            perSpecialisation[s.specialisation] += 1;
        for (const QString &k : keys)
            QVERIFY2(perSpecialisation.value(k) >= 2, qPrintable(k));
        // Most of the roadmap is the common path every AI engineer needs.
        QVERIFY(perSpecialisation.value(QString()) > t.skills.size() * 2 / 3);
    }

    // Reinforcement learning is a specialisation of its own, not part of "Generative AI and
    // computer vision".
    void reinforcementLearningStandsApart()
    {
        const RoadmapTemplate t = roadmap();
        for (const QString &key : {u"reinforcement-learning-basics"_s, u"reward-design"_s}) {
            const auto *s = skill(t, key);
            QVERIFY2(s, qPrintable(key));
            QCOMPARE(s->specialisation, u"reinforcement-learning"_s);
            QCOMPARE(s->stage, u"specialisations"_s);
        }
        for (const auto &st : t.stages)
            QVERIFY2(!st.name.contains(u"computer vision"_s, Qt::CaseInsensitive),
                     qPrintable(st.name));
        for (const QString &key : {u"llm-api-integration"_s, u"prompt-engineering"_s})
            QVERIFY(skill(t, key)->specialisation.isEmpty()); // core for every AI engineer
    }

    void articleTopicsHaveASkill_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("nameContains");
        QTest::newRow("edge and mobile") << u"edge-mobile-deployment"_s << u"TensorFlow Lite"_s;
        QTest::newRow("TFX") << u"tfx-pipelines"_s << u"TFX"_s;
        QTest::newRow("serverless") << u"serverless-inference"_s << u"Serverless"_s;
        QTest::newRow("accelerators") << u"ai-accelerators"_s << u"Inferentia"_s;
        QTest::newRow("AutoML") << u"automl"_s << u"AutoML"_s;
        QTest::newRow("Prometheus and Grafana") << u"metrics-dashboards"_s << u"Grafana"_s;
        QTest::newRow("speech") << u"speech"_s << u"Speech"_s;
        QTest::newRow("domain") << u"domain-understanding"_s << u"business"_s;
    }

    void articleTopicsHaveASkill()
    {
        QFETCH(QString, key);
        QFETCH(QString, nameContains);
        const RoadmapTemplate t = roadmap();
        const auto *s = skill(t, key);
        QVERIFY2(s, qPrintable(key));
        QVERIFY2(s->name.contains(nameContains), qPrintable(s->name));
        QVERIFY(!s->description.isEmpty());
    }

    // The template survives a write and a read, specialisations included.
    void roundTrip()
    {
        const RoadmapTemplate t = roadmap();
        QString error;
        const auto back = RoadmapTemplateJson::parse(RoadmapTemplateJson::serialize(t), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->specialisations.size(), t.specialisations.size());
        QCOMPARE(back->skills.size(), t.skills.size());
        for (qsizetype i = 0; i < t.skills.size(); ++i)
            QCOMPARE(back->skills[i].specialisation, t.skills[i].specialisation);
    }

    void unknownSpecialisationIsRefused()
    {
        RoadmapTemplate t = roadmap();
        t.skills.first().specialisation = u"astrology"_s;
        QString error;
        QVERIFY(!RoadmapTemplateJson::parse(RoadmapTemplateJson::serialize(t), &error));
        QCOMPARE(error, u"skills[0].specialisation: no specialisation has the key \"astrology\""_s);
    }

    // Catalogue entries name roadmap skills by key; a workbench made in any language finds them.
    void catalogueSkillsResolveInEveryLanguage()
    {
        const CertificationCatalogue cat = CertificationCatalogue::builtIn();
        QVERIFY(!cat.entries.isEmpty());
        for (const auto &e : cat.entries) {
            const QStringList names = CertificationCatalogue::skillNames(e, roadmap());
            QVERIFY2(names.size() >= e.skillKeys.size(), qPrintable(e.key));
        }
        const auto &aws = cat.entries.first();
        const QStringList names = CertificationCatalogue::skillNames(aws, roadmap());
        QVERIFY2(names.contains(u"Datenvalidierung"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"Data validation"_s));
    }
};

QTEST_GUILESS_MAIN(TestBuiltInRoadmap)
#include "tst_builtinroadmap.moc"
