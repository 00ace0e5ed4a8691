#include "db/database.h"
#include "db/languagerepository.h"
#include "db/migrator.h"
#include "domain/resumevalidator.h"
#include "workbenchfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Languages as rows of their own (schema 5): the lines kept in the old setting come over in
// order, the repository keeps the user's order, and the resume material's validator says what
// is wrong field by field.
class TestResumeLanguages : public QObject
{
    Q_OBJECT

private slots:
    void migrationCarriesTheOldLinesOver();
    void repositoryKeepsTheOrder();
    void displayText();
    void validator_data();
    void validator();
};

void TestResumeLanguages::migrationCarriesTheOldLinesOver()
{
    const QString name = u"migration"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        Migrator migrator(db);
        QVERIFY2(migrator.migrate(Database::ApplicationId, 4), qPrintable(migrator.error()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('resume.languages', "
                       "'English (native)\n\n  German (B2)  \nAmharic')"_s));
        QVERIFY2(migrator.migrate(Database::ApplicationId), qPrintable(migrator.error()));
        const auto all = LanguageRepository(db).all(nullptr);
        QVERIFY(all);
        QStringList names;
        for (const LanguageEntry &e : *all)
            names << LanguageRepository::displayText(e);
        QCOMPARE(names, QStringList({u"English (native)"_s, u"German (B2)"_s, u"Amharic"_s}));
        QVERIFY(q.exec(u"SELECT count(*) FROM settings WHERE key = 'resume.languages'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestResumeLanguages::repositoryKeepsTheOrder()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    LanguageRepository repo(fx.db());
    QList<qint64> ids;
    QVERIFY(repo.insertBatch({{0, u"English"_s, u"native"_s, 1},
                              {0, u"中文"_s, u"B1"_s, 0},
                              {0, u"العربية"_s, QString(), 2}},
                             &ids)
                .ok());
    QCOMPARE(ids.size(), 3);
    auto all = repo.all(nullptr);
    QVERIFY(all);
    QCOMPARE(all->at(0).language, u"中文"_s);
    QCOMPARE(all->at(2).fluency, QString());
    LanguageEntry e = all->at(0);
    e.sortOrder = 5;
    e.fluency = u"C1"_s;
    QVERIFY(repo.update(e).ok());
    QCOMPARE(repo.all(nullptr)->last().fluency, u"C1"_s);
    QVERIFY(repo.remove(e.id).ok());
    QCOMPARE(repo.all(nullptr)->size(), 2);
    // Undo of a remove brings the same id back.
    QCOMPARE(repo.insert(e).id(), e.id);
    QVERIFY(!repo.update(LanguageEntry {999, u"x"_s, {}, 0}).ok());
    QVERIFY(!repo.insert(LanguageEntry {0, QString(), {}, 0}).ok()); // the CHECK holds
}

void TestResumeLanguages::displayText()
{
    QCOMPARE(LanguageRepository::displayText({0, u" German "_s, u"B2"_s, 0}), u"German (B2)"_s);
    QCOMPARE(LanguageRepository::displayText({0, u"German"_s, u"  "_s, 0}), u"German"_s);
}

void TestResumeLanguages::validator_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDate>("started");
    QTest::addColumn<QDate>("ended");
    QTest::addColumn<QStringList>("fields");
    const QDate a(2020, 1, 1), b(2021, 6, 30);
    QTest::newRow("job ok") << u"work"_s << u"Acme"_s << u"https://acme.example"_s << a << b
                            << QStringList();
    QTest::newRow("job current") << u"work"_s << u"Acme"_s << QString() << a << QDate()
                                 << QStringList();
    QTest::newRow("job no employer")
        << u"work"_s << u"  "_s << QString() << a << b << QStringList({u"employer"_s});
    QTest::newRow("job ends first")
        << u"work"_s << u"Acme"_s << QString() << b << a << QStringList({u"endedOn"_s});
    QTest::newRow("job script url")
        << u"work"_s << u"Acme"_s << u"javascript:alert(1)"_s << a << b << QStringList({u"url"_s});
    QTest::newRow("school ok") << u"education"_s << u"MIT"_s << QString() << a << b
                               << QStringList();
    QTest::newRow("school nothing") << u"education"_s << QString() << u"ftp://x"_s << b << a
                                    << QStringList({u"institution"_s, u"endedOn"_s, u"url"_s});
    QTest::newRow("language ok") << u"language"_s << u"Deutsch"_s << QString() << QDate() << QDate()
                                 << QStringList();
    QTest::newRow("language empty") << u"language"_s << u" "_s << QString() << QDate() << QDate()
                                    << QStringList({u"language"_s});
    QTest::newRow("link ok") << u"link"_s << u"GitHub"_s << u"https://github.com/x"_s << QDate()
                             << QDate() << QStringList();
    QTest::newRow("link bad") << u"link"_s << QString() << u"github.com/x"_s << QDate() << QDate()
                              << QStringList({u"network"_s, u"url"_s});
}

void TestResumeLanguages::validator()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QDate, started);
    QFETCH(QDate, ended);
    QFETCH(QStringList, fields);
    Problems problems;
    if (kind == "work"_L1) {
        WorkEntry e;
        e.employer = name;
        e.url = url;
        e.startedOn = started;
        e.endedOn = ended;
        problems = ResumeValidator::validate(e);
    } else if (kind == "education"_L1) {
        EducationEntry e;
        e.institution = name;
        e.url = url;
        e.startedOn = started;
        e.endedOn = ended;
        problems = ResumeValidator::validate(e);
    } else if (kind == "language"_L1) {
        problems = ResumeValidator::validate(LanguageEntry {0, name, {}, 0});
    } else {
        problems = ResumeValidator::validate(ProfileLink {0, name, {}, url, 0});
    }
    QCOMPARE(problems.fields(), fields);
    for (const FieldProblem &p : problems.list())
        QVERIFY(!p.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestResumeLanguages)
#include "tst_resumelanguages.moc"
