#include "db/database.h"
#include "io/demotranslation.h"
#include "io/demoworkbench.h"
#include "io/demowriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The demo workbench speaks the language of the interface: every text of the persona a user
// reads, and every study note the demo writer makes up, comes translated from data
// (resources/seed/demo.<language>.json), complete and without leftovers.
class TestDemoTranslation : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject persona()
    {
        return QJsonDocument::fromJson(read(u":/seed/demo.json"_s)).object();
    }
    // What the translations must cover: the persona's visible texts and the texts the demo
    // writer makes up (study notes, application sources).
    static QStringList english()
    {
        QStringList texts = DemoTranslation::visibleTexts(persona());
        for (const QString &n : DemoWriter::generatedTexts())
            if (!texts.contains(n))
                texts << n;
        return texts;
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void shipsSpanishAndGerman()
    {
        const QStringList languages = DemoTranslation::builtInLanguages();
        QCOMPARE(languages.first(), u"en"_s);
        QVERIFY2(languages.contains(u"es"_s), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u' ')));
        QVERIFY(DemoTranslation::builtIn(QLocale::c()).isEmpty());
        QVERIFY(DemoTranslation::builtIn(QLocale(QLocale::Japanese)).isEmpty());
        QVERIFY(!DemoTranslation::builtIn(QLocale(QLocale::Spanish, QLocale::Mexico)).isEmpty());
        QVERIFY(!DemoTranslation::builtIn(QLocale(QLocale::German, QLocale::Austria)).isEmpty());
    }

    // The list of visible texts is the persona's: its headline and a project's pitch are in
    // it, its e-mail address, URLs, skill keys and status codes are not.
    void visibleTextsAreWhatAUserReads()
    {
        const QStringList texts = DemoTranslation::visibleTexts(persona());
        const QJsonObject profile = persona().value("profile"_L1).toObject();
        QVERIFY(texts.contains(profile.value("headline"_L1).toString()));
        QVERIFY(texts.contains(u"Flags shipments likely to arrive late early enough for "
                               "dispatchers to act."_s));
        QVERIFY(!texts.contains(profile.value("email"_L1).toString()));
        QVERIFY(!texts.contains(u"python"_s));
        QVERIFY(!texts.contains(u"proficient"_s));
        QVERIFY(!texts.contains(u"Daniel Okafor"_s));
        QVERIFY(texts.size() > 250);
    }

    // Every text field of the persona is either translated or named here as kept as it is: a
    // field added to demo.json fails until it is one or the other, so it cannot stay English in
    // a Spanish demo unnoticed.
    void everyTextFieldIsClassified()
    {
        const QStringList kept = {
            u"profile/name"_s, u"profile/email"_s, u"profile/phone"_s, u"profile/website"_s,
            u"profile/currency"_s, u"profile/links/*/network"_s, u"profile/links/*/username"_s,
            u"profile/links/*/url"_s, u"skills/*/key"_s, u"skills/*/status"_s, u"work/*/employer"_s,
            u"work/*/url"_s, u"education/*/institution"_s, u"education/*/url"_s,
            u"projects/*/status"_s, u"projects/*/repository_url"_s, u"projects/*/demo_url"_s,
            u"projects/*/target_company"_s, u"projects/*/practices/*"_s, u"projects/*/skills/*"_s,
            u"certifications/*/catalogue_key"_s, u"certifications/*/name"_s,
            u"certifications/*/issuer"_s, u"certifications/*/url"_s,
            u"certifications/*/credential_id"_s, u"certifications/*/status"_s,
            u"certifications/*/skills/*"_s, u"interview_topics/*/skill"_s,
            u"interview_companies/*/company"_s, u"job_postings/*/company"_s,
            u"settings/skills/weeklyBudgetHours"_s,
            // The resume's languages: kept for now (to translate next).
            u"languages/*/language"_s, u"languages/*/fluency"_s};
        const QStringList visible = DemoTranslation::visiblePaths();
        QStringList unknown;
        // Iterates over the persona's own (shipped, small) tree with a stack of pending values.
        QList<QPair<QString, QJsonValue>> pending {{QString(), QJsonValue(persona())}};
        while (!pending.isEmpty()) {
            const auto [path, v] = pending.takeLast();
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    pending.append({path.isEmpty() ? it.key() : path + u'/' + it.key(), *it});
            } else if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    pending.append({path + u"/*"_s, e});
            } else if (v.isString() && !visible.contains(path) && !kept.contains(path)
                       && !unknown.contains(path)) {
                unknown << path;
            }
        }
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(u"neither translated nor kept: "_s + unknown.join(u", "_s)));
        for (const QString &p : visible)
            QVERIFY2(!kept.contains(p), qPrintable(p));
    }

    void everyTranslationIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : DemoTranslation::builtInLanguages())
            if (l != u"en"_s)
                QTest::newRow(qPrintable(l)) << l;
    }

    // Every text is translated, no entry is left over from an older persona, and all but
    // units and the like ("ms", "GB") actually change.
    void everyTranslationIsComplete()
    {
        QFETCH(QString, language);
        DemoTranslation t;
        QString error;
        QVERIFY2(t.load(read(DemoTranslation::resourceFor(language)), &error), qPrintable(error));
        const QStringList texts = english();
        QStringList missing;
        int changed = 0;
        for (const QString &s : texts) {
            if (!t.texts().contains(s))
                missing << s;
            changed += t.text(s) != s ? 1 : 0;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"untranslated: "_s + missing.join(u" | "_s)));
        QStringList stale;
        for (auto it = t.texts().cbegin(); it != t.texts().cend(); ++it)
            if (!texts.contains(it.key()))
                stale << it.key();
        QVERIFY2(stale.isEmpty(), qPrintable(u"not in the persona: "_s + stale.join(u" | "_s)));
        QVERIFY2(changed > texts.size() * 95 / 100, qPrintable(QString::number(changed)));
    }

    void brokenFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << R"({"format": "x", "version": 1, "texts": {}})"_ba
                                << u"format: must be \"career-workbench-demo-translation\""_s;
        QTest::newRow("version")
            << R"({"format": "career-workbench-demo-translation", "version": 2, "texts": {}})"_ba
            << u"version: must be 1"_s;
        QTest::newRow("empty text") << R"({"format": "career-workbench-demo-translation",
            "version": 1, "texts": {"Logistics": " "}})"_ba
                                    << u"texts: \"Logistics\" has no translation"_s;
    }

    void brokenFileIsRefused()
    {
        QFETCH(QByteArray, json);
        DemoTranslation t;
        QString error;
        QVERIFY(!t.load(json, &error));
        QTEST(error, "message");
        QVERIFY(t.isEmpty());
    }

    void demoHasNoEnglishLeft_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("pitch");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << u"Ingeniero de backend"_s
                            << u"Señala los envíos que probablemente lleguen tarde con tiempo para "
                               "que los planificadores actúen."_s;
        QTest::newRow("de")
            << QLocale(QLocale::German, QLocale::Germany)
            << u"Backend-Engineer auf dem Weg ins KI-Engineering"_s
            << u"Erkennt Sendungen, die wahrscheinlich zu spät ankommen, früh genug, "
               "damit Disponenten handeln können."_s;
    }

    // A demo written while the interface is Spanish or German: its profile and project texts
    // are in that language, and no English text of the persona or of the study notes is left
    // in any column of any table.
    void demoHasNoEnglishLeft()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, headline);
        QFETCH(QString, pitch);
        QLocale::setDefault(locale);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.cwbench"_s);
        QString error;
        QVERIFY2(DemoWorkbench::create(path, &error, QDate(2025, 3, 14)), qPrintable(error));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT headline FROM profile"_s) && q.next());
        QVERIFY2(q.value(0).toString().startsWith(headline), qPrintable(q.value(0).toString()));
        QStringList pitches;
        QVERIFY(q.exec(u"SELECT pitch FROM projects"_s));
        while (q.next())
            pitches << q.value(0).toString();
        QVERIFY2(pitches.contains(pitch), qPrintable(pitches.join(u'\n')));

        const DemoTranslation t = DemoTranslation::builtIn();
        QStringList english;
        for (const QString &s : this->english())
            if (t.text(s) != s)
                english << s;
        QStringList tables;
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
        while (q.next())
            tables << q.value(0).toString();
        QStringList left;
        int values = 0;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db.connection());
            QVERIFY(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c) {
                    const QVariant v = rows.value(c);
                    if (v.typeId() != QMetaType::QString)
                        continue;
                    ++values;
                    const QString s = v.toString();
                    for (const QString &e : std::as_const(english))
                        if (s == e || (e.size() >= 40 && s.contains(e)))
                            left << table + u": "_s + e;
                }
            }
        }
        QVERIFY(values > 500);
        left.removeDuplicates();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDemoTranslation)
#include "tst_demotranslation.moc"
