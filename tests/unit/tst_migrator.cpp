#include "db/migrator.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void splitStatements_data();
    void splitStatements();
    void embeddedMigrationsAreInSequence();
};

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two statements") << u"CREATE TABLE a(x);\nCREATE TABLE b(y);"_s
                                    << QStringList {u"CREATE TABLE a(x)"_s, u"CREATE TABLE b(y)"_s};
    QTest::newRow("no trailing semicolon")
        << u"SELECT 1;SELECT 2"_s << QStringList {u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::newRow("semicolon in a string")
        << u"INSERT INTO t VALUES ('a;b');SELECT 1;"_s
        << QStringList {u"INSERT INTO t VALUES ('a;b')"_s, u"SELECT 1"_s};
    QTest::newRow("doubled quote") << u"INSERT INTO t VALUES ('it''s; fine');"_s
                                   << QStringList {u"INSERT INTO t VALUES ('it''s; fine')"_s};
    QTest::newRow("line comment with semicolon")
        << u"-- first; still a comment\nSELECT 1;"_s << QStringList {u"SELECT 1"_s};
    QTest::newRow("block comment")
        << u"/* a; b */ SELECT 1; /* tail */"_s << QStringList {u"SELECT 1"_s};
    QTest::newRow("quoted identifier")
        << u"CREATE TABLE \"we;ird\" (x);"_s << QStringList {u"CREATE TABLE \"we;ird\" (x)"_s};
    QTest::newRow("trigger body")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = 1; DELETE FROM c; END;\nSELECT 2;"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = 1; DELETE FROM c; END"_s,
               u"SELECT 2"_s};
    QTest::newRow("trigger with CASE")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END; SELECT 3;"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END"_s,
               u"SELECT 3"_s};
    QTest::newRow("only comments") << u"-- nothing\n/* here */\n"_s << QStringList {};
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrator::splitStatements(script), expected);
}

void TestMigrator::embeddedMigrationsAreInSequence()
{
    Migrator m(QSqlDatabase {});
    const auto all = m.migrations();
    QVERIFY2(!all.isEmpty(), qPrintable(m.error()));
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].version, i + 1);
        QVERIFY(!Migrator::splitStatements(all[i].sql).isEmpty());
    }
    QCOMPARE(all.first().fileName, u"0001_initial.sql"_s);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
