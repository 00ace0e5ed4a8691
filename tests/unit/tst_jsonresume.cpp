// JSON Resume in and out: the published sample survives import then export with every field the
// workbench models, a re-import merges instead of duplicating, dates keep their precision, any
// text survives, and a refused file changes nothing.

#include "io/jsonresume.h"
#include "io/jsonresumeexport.h"
#include "io/jsonresumeimport.h"
#include "workbenchfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Change = JsonResumeImport::Change;

class TestJsonResume : public QObject
{
    Q_OBJECT

private:
    static QByteArray sample()
    {
        QFile f(QStringLiteral(CW_TEST_DATA_DIR "/jsonresume/sample.resume.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }
    // Imports JSON; fails the test on a refusal.
    JsonResumeImport::Summary import(const QByteArray &json)
    {
        JsonResume::Error error;
        const auto resume = JsonResume::parse(json, &error);
        if (!resume) {
            qWarning() << error.text();
            return {};
        }
        JsonResumeImport::Summary summary;
        const WriteResult r = JsonResumeImport(m_f.db()).apply(*resume, &summary);
        if (!r)
            qWarning() << r.error();
        m_lastOk = r.ok();
        return summary;
    }
    QJsonObject exported()
    {
        QString error;
        const auto resume = JsonResumeExport::read(m_f.db(), &error);
        if (!resume)
            qWarning() << error;
        return resume ? object(resume->serialize()) : QJsonObject();
    }
    static QJsonObject first(const QJsonObject &o, const QString &section)
    {
        return o.value(section).toArray().first().toObject();
    }

    WorkbenchFixture m_f;
    bool m_lastOk = false;

private slots:
    void init() { QVERIFY(m_f.open()); }
    void cleanup() { m_f.close(); }

    void sampleSurvivesImportThenExport()
    {
        const QJsonObject in = object(sample());
        QVERIFY(!in.isEmpty());
        const auto summary = import(sample());
        QVERIFY(m_lastOk);
        QCOMPARE(summary.count(Change::Same), 0);
        QCOMPARE(summary.count(Change::Update), 1); // the profile, which every workbench has
        // What the workbench does not model is named, not dropped silently.
        for (const QString &field :
             {u"volunteer"_s, u"awards"_s, u"publications"_s, u"interests"_s, u"references"_s,
              u"meta"_s, u"basics.image"_s, u"projects[].entity"_s, u"projects[].type"_s})
            QVERIFY2(summary.notes.contains(u"Not kept: "_s + field), qPrintable(field));

        const QJsonObject out = exported();
        const QJsonObject b = in.value(u"basics"_s).toObject();
        const QJsonObject ob = out.value(u"basics"_s).toObject();
        for (const QString &k :
             {u"name"_s, u"label"_s, u"email"_s, u"phone"_s, u"url"_s, u"summary"_s, u"location"_s})
            QCOMPARE(ob.value(k), b.value(k));
        // An empty url is left out on export; everything else of the profiles is kept.
        const QJsonArray profiles = ob.value(u"profiles"_s).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).toObject().value(u"username"_s).toString(), u"neutralthoughts"_s);
        QCOMPARE(profiles.at(1).toObject(), b.value(u"profiles"_s).toArray().at(1).toObject());

        QJsonObject work = first(in, u"work"_s);
        work.remove(u"description"_s); // not modelled (noted)
        QCOMPARE(first(out, u"work"_s), work);
        QCOMPARE(first(out, u"education"_s), first(in, u"education"_s));
        QCOMPARE(out.value(u"skills"_s), in.value(u"skills"_s));
        QCOMPARE(out.value(u"languages"_s), in.value(u"languages"_s));

        QJsonObject project = first(in, u"projects"_s);
        project.remove(u"entity"_s);
        project.remove(u"type"_s);
        // The workbench keeps only links it can open: a bare host gets https://.
        project.insert(u"url"_s, u"https://missdirection.example.com"_s);
        QCOMPARE(first(out, u"projects"_s), project);
    }

    void reimportMergesInsteadOfDuplicating()
    {
        import(sample());
        QVERIFY(m_lastOk);
        const QByteArray hash = m_f.rowHash();
        const int skills = m_f.count(u"skills"_s);
        const auto again = import(sample());
        QVERIFY(m_lastOk);
        QCOMPARE(again.count(Change::Add), 0);
        QCOMPARE(again.count(Change::Update), 0);
        QVERIFY(again.count(Change::Same) > 5);
        QCOMPARE(m_f.rowHash(), hash); // nothing written at all

        // A changed file updates in place.
        QJsonObject in = object(sample());
        QJsonArray work = in.value(u"work"_s).toArray();
        QJsonObject job = work.first().toObject();
        job.insert(u"summary"_s, u"Rewritten."_s);
        job.insert(u"endDate"_s, u"2015"_s);
        work[0] = job;
        in.insert(u"work"_s, work);
        QJsonArray skillList = in.value(u"skills"_s).toArray();
        QJsonObject skill = skillList.first().toObject();
        skill.insert(u"level"_s, u"Beginner"_s);
        skillList[0] = skill;
        in.insert(u"skills"_s, skillList);
        const auto changed = import(QJsonDocument(in).toJson());
        QVERIFY(m_lastOk);
        QCOMPARE(changed.count(Change::Add), 0);
        QCOMPARE(changed.count(Change::Update), 2);
        QCOMPARE(m_f.count(u"work_history"_s), 1);
        QCOMPARE(m_f.count(u"skills"_s), skills);
        const QJsonObject out = exported();
        QCOMPARE(first(out, u"work"_s).value(u"summary"_s).toString(), u"Rewritten."_s);
        QCOMPARE(first(out, u"work"_s).value(u"endDate"_s).toString(), u"2015"_s);
        QCOMPARE(first(out, u"skills"_s).value(u"level"_s).toString(), u"Beginner"_s);
    }

    void aWorkbenchsOwnExportImportsUnchanged()
    {
        // Export, then import the file into the same workbench: nothing to add or update, and
        // nothing written. (The level words the export derives from the levels were stored as
        // the user's own, and a location line came back as a new address: 46 "updates" on the
        // demo.)
        QSqlQuery q(m_f.db());
        QVERIFY(q.exec(u"UPDATE profile SET name = 'Dana Okafor', location = 'Pittsburgh, "
                       "United States'"_s));
        QVERIFY(q.exec(u"UPDATE skills SET current_level = 3 WHERE id IN (SELECT id FROM "
                       "skills ORDER BY id LIMIT 4)"_s));
        const QJsonObject out = exported();
        QCOMPARE(out.value(u"skills"_s).toArray().size(), 4);
        const QByteArray hash = m_f.rowHash();
        const auto summary = import(QJsonDocument(out).toJson());
        QVERIFY(m_lastOk);
        QCOMPARE(summary.count(Change::Add), 0);
        QCOMPARE(summary.count(Change::Update), 0);
        QCOMPARE(summary.count(Change::Same), 5); // the profile and the four skills
        QCOMPARE(m_f.rowHash(), hash);
        QCOMPARE(exported(), out);
    }

    void datesKeepTheirPrecision_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("years") << u"2019"_s << u"2021"_s;
        QTest::newRow("months") << u"2019-04"_s << u"2021-11"_s;
        QTest::newRow("days") << u"2019-04-17"_s << u"2021-11-30"_s;
        QTest::newRow("mixed") << u"2019"_s << u"2021-11-30"_s;
        QTest::newRow("open end") << u"2019-04"_s << QString();
    }
    void datesKeepTheirPrecision()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        auto dated = [&](QJsonObject o, const QString &startKey, const QString &endKey) {
            o.insert(startKey, start);
            if (!end.isEmpty())
                o.insert(endKey, end);
            return QJsonArray {o};
        };
        QJsonObject in;
        in.insert(u"work"_s, dated({{u"name"_s, u"Acme"_s}}, u"startDate"_s, u"endDate"_s));
        in.insert(u"education"_s,
                  dated({{u"institution"_s, u"Uni"_s}}, u"startDate"_s, u"endDate"_s));
        in.insert(u"projects"_s, dated({{u"name"_s, u"P"_s}}, u"startDate"_s, u"endDate"_s));
        in.insert(u"certificates"_s, dated({{u"name"_s, u"C"_s}}, u"date"_s, u"unused"_s));
        import(QJsonDocument(in).toJson());
        QVERIFY(m_lastOk);
        const QJsonObject out = exported();
        for (const QString &section : {u"work"_s, u"education"_s, u"projects"_s}) {
            QCOMPARE(first(out, section).value(u"startDate"_s).toString(), start);
            QCOMPARE(first(out, section).value(u"endDate"_s).toString(), end);
        }
        QCOMPARE(first(out, u"certificates"_s).value(u"date"_s).toString(), start);
    }

    void anyTextSurvives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << u"<h1 style=color:red>Zoë & \"Ω\"</h1>"_s;
        QTest::newRow("script") << u"<script>alert('x')</script> ; \\ , &amp;"_s;
        QTest::newRow("unicode") << u"Łódź – 東京 – مرحبا – 😀 – \u200B"_s;
    }
    void anyTextSurvives()
    {
        QFETCH(QString, text);
        const QJsonArray list {text, text + u" 2"_s};
        QJsonObject basics {{u"name"_s, text},
                            {u"label"_s, text},
                            {u"phone"_s, text},
                            {u"summary"_s, text},
                            {u"email"_s, u"a@b"_s + text}};
        basics.insert(u"location"_s,
                      QJsonObject {{u"address"_s, text},
                                   {u"postalCode"_s, text},
                                   {u"city"_s, text},
                                   {u"countryCode"_s, text},
                                   {u"region"_s, text}});
        basics.insert(u"profiles"_s,
                      QJsonArray {QJsonObject {{u"network"_s, text}, {u"username"_s, text}}});
        QJsonObject in {{u"basics"_s, basics}};
        in.insert(u"work"_s,
                  QJsonArray {QJsonObject {{u"name"_s, text},
                                           {u"position"_s, text},
                                           {u"location"_s, text},
                                           {u"url"_s, text},
                                           {u"summary"_s, text},
                                           {u"highlights"_s, list}}});
        in.insert(u"education"_s,
                  QJsonArray {QJsonObject {{u"institution"_s, text},
                                           {u"url"_s, text},
                                           {u"area"_s, text},
                                           {u"studyType"_s, text},
                                           {u"score"_s, text},
                                           {u"courses"_s, list}}});
        in.insert(u"skills"_s,
                  QJsonArray {
                      QJsonObject {{u"name"_s, text}, {u"level"_s, text}, {u"keywords"_s, list}}});
        in.insert(u"projects"_s,
                  QJsonArray {QJsonObject {{u"name"_s, text},
                                           {u"description"_s, text},
                                           {u"highlights"_s, list},
                                           {u"roles"_s, QJsonArray {QString(text).remove(u',')}}}});
        // (roles are kept as one text joined by ", ", so a role itself has no comma)
        in.insert(
            u"certificates"_s,
            QJsonArray {QJsonObject {{u"name"_s, text}, {u"issuer"_s, text}, {u"url"_s, text}}});
        in.insert(u"languages"_s,
                  QJsonArray {QJsonObject {{u"language"_s, text}, {u"fluency"_s, text}}});
        import(QJsonDocument(in).toJson());
        QVERIFY(m_lastOk);
        QJsonObject out = exported();
        out.remove(u"$schema"_s);
        QCOMPARE(out.value(u"basics"_s), in.value(u"basics"_s));
        for (const QString &section : {u"work"_s, u"education"_s, u"skills"_s, u"projects"_s,
                                       u"certificates"_s, u"languages"_s})
            QCOMPARE(out.value(section), in.value(section));
    }

    void refusedFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << QByteArray(
            "{\n  \"basics\": {\n    \"name\": \"A\"\n    \"label\": \"B\"\n  }\n}")
                                << u"line 4, column "_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"line 1, column 1"_s;
        QTest::newRow("bad date") << QByteArray(
            R"({"work": [{"name": "A"}, {"name": "B", "startDate": "2019-13"}]})")
                                  << u"work[1].startDate"_s;
        QTest::newRow("wrong type")
            << QByteArray(R"({"skills": [{"name": 5}]})") << u"skills[0].name"_s;
        QTest::newRow("validator") << QByteArray(R"({"basics": {"name": "A", "email": "no address"},
                               "work": [{"name": "A"}]})")
                                   << u"basics.email"_s;
        QTest::newRow("end before start")
            << QByteArray(R"({"projects": [{"name": "P", "startDate": "2020",
                                             "endDate": "2019-05"}]})")
            << u"projects[0].endDate"_s;
    }
    void refusedFilesChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        import(sample());
        const QByteArray hash = m_f.rowHash();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const WriteResult r = JsonResumeImport(m_f.db()).importFile(path);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(where), qPrintable(r.error()));
        QCOMPARE(m_f.rowHash(), hash);
    }

    void lineAndColumnCountCharacters()
    {
        int line = 0, column = 0;
        const QByteArray data = QStringLiteral("{\n  \"ä😀\": x").toUtf8();
        JsonResume::lineAndColumn(data, data.indexOf('x'), &line, &column);
        QCOMPARE(line, 2);
        QCOMPARE(column, 10); // two spaces, quote, ä, 😀 (two UTF-16 units), quote, colon, space
    }
};

QTEST_GUILESS_MAIN(TestJsonResume)
#include "tst_jsonresume.moc"
