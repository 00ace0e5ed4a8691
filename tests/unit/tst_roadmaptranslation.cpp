#include "db/database.h"
#include "domain/roadmaptemplate.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"
#include "io/roadmaptranslation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The built-in roadmap's texts come in each shipped language, complete, as data; a workbench
// is created in the language of the user interface.
class TestRoadmapTranslation : public QObject
{
    Q_OBJECT

private:
    static QByteArray resource(const QString &language)
    {
        QFile f(RoadmapTranslation::resourceFor(language));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static RoadmapTemplate english() { return RoadmapTemplateJson::builtIn(QLocale::c()); }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void shipsGerman()
    {
        const QStringList languages = RoadmapTranslation::builtInLanguages();
        QCOMPARE(languages.first(), u"en"_s);
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u' ')));
        QCOMPARE(RoadmapTranslation::languageFor(QLocale(QLocale::German, QLocale::Austria)),
                 u"de"_s);
        QCOMPARE(RoadmapTranslation::languageFor(QLocale::c()), u"en"_s);
        // A language the roadmap does not come in falls back to English.
        QCOMPARE(RoadmapTranslation::languageFor(QLocale(QLocale::Japanese)), u"en"_s);
    }

    void shipsSpanish()
    {
        QVERIFY(RoadmapTranslation::builtInLanguages().contains(u"es"_s));
        QCOMPARE(RoadmapTranslation::languageFor(QLocale(QLocale::Spanish, QLocale::Mexico)),
                 u"es"_s);
        const RoadmapTemplate es = RoadmapTemplateJson::builtIn(QLocale(QLocale::Spanish));
        QCOMPARE(es.stages.first().name, u"Fundamentos"_s);
        QCOMPARE(es.skills.first().key, u"python"_s);
        QVERIFY(es.skills.first().description.startsWith(u"El lenguaje principal"_s));
    }

    void everyTranslationIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : RoadmapTranslation::builtInLanguages()) {
            if (l != u"en"_s)
                QTest::newRow(qPrintable(l)) << l;
        }
    }

    // Every stage, category, specialisation and skill has a translated name (and description
    // where the English has one), no key is left over from an older roadmap, and texts other
    // than product names actually changed.
    void everyTranslationIsComplete()
    {
        QFETCH(QString, language);
        RoadmapTemplate t = english();
        QString error;
        QVERIFY2(RoadmapTranslation::apply(&t, resource(language), &error), qPrintable(error));
        const RoadmapTemplate en = english();
        QCOMPARE(t.skills.size(), en.skills.size());
        int changed = 0;
        for (qsizetype i = 0; i < en.skills.size(); ++i) {
            QCOMPARE(t.skills[i].key, en.skills[i].key);
            QCOMPARE(t.skills[i].target, en.skills[i].target);
            QCOMPARE(t.skills[i].prerequisites, en.skills[i].prerequisites);
            QCOMPARE(t.skills[i].specialisation, en.skills[i].specialisation);
            QVERIFY2(t.skills[i].description != en.skills[i].description,
                     qPrintable(en.skills[i].key));
            changed += t.skills[i].name != en.skills[i].name ? 1 : 0;
        }
        QVERIFY2(changed > en.skills.size() * 2 / 3, "most skill names are translated");
        for (qsizetype i = 0; i < en.stages.size(); ++i)
            QVERIFY2(t.stages[i].name != en.stages[i].name || t.stages[i].key == u"deep-learning"_s,
                     qPrintable(en.stages[i].key));
    }

    void incompleteOrStaleIsRefused_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("remove"); // remove KEY, or add it as a stale one
        QTest::addColumn<QString>("message");
        QTest::newRow("skill missing")
            << u"skills"_s << u"rag"_s << true << u"skills.rag: the name is missing"_s;
        QTest::newRow("stage missing")
            << u"stages"_s << u"career"_s << true << u"stages.career: the name is missing"_s;
        QTest::newRow("stale skill")
            << u"skills"_s << u"cobol"_s << false << u"skills.cobol: the roadmap has no such key"_s;
    }

    void incompleteOrStaleIsRefused()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(bool, remove);
        QJsonObject root = QJsonDocument::fromJson(resource(u"de"_s)).object();
        QJsonObject items = root.value(section).toObject();
        if (remove)
            items.remove(key);
        else
            items.insert(key, QJsonObject {{u"name"_s, u"x"_s}, {u"description"_s, u"y"_s}});
        root.insert(section, items);
        RoadmapTemplate t = english();
        QString error;
        QVERIFY(!RoadmapTranslation::apply(&t, QJsonDocument(root).toJson(), &error));
        QTEST(error, "message");
        QCOMPARE(t.skills.first().name, english().skills.first().name); // left as it was
    }

    // A workbench created while the interface is German gets the German roadmap.
    void newWorkbenchFollowsTheInterfaceLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const RoadmapTemplate de = RoadmapTemplateJson::builtIn();
        QCOMPARE(de.stages.first().name, u"Grundlagen"_s);
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(u"de.sqlite"_s), NewWorkbench::builtInRoadmap()),
                 qPrintable(db.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT name FROM roadmap_stages ORDER BY position LIMIT 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Grundlagen"_s);
        QVERIFY(q.exec(u"SELECT description FROM skills WHERE name = 'Datenvalidierung'"_s)
                && q.next());
        QVERIFY(q.value(0).toString().startsWith(u"Prüfen, ob eingehende Daten"_s));
    }
};

QTEST_GUILESS_MAIN(TestRoadmapTranslation)
#include "tst_roadmaptranslation.moc"
