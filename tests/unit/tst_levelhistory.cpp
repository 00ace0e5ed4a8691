#include "calc/progressstats.h"
#include "db/database.h"
#include "db/progressrepository.h"
#include "db/skillrepository.h"
#include "db/transaction.h"
#include "io/newworkbench.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every change of a skill's level is kept (schema 4), wherever it is written, and read back
// for the progress figures.
class TestLevelHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    qint64 skillId(const QString &name)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT id FROM skills WHERE name = ?"_s);
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    bool setLevel(qint64 id, int level)
    {
        Transaction t(m_db.connection());
        QString error;
        return SkillRepository(m_db.connection())
                   .setField(id, Skill::Field::CurrentLevel, level, &error)
            && t.commit();
    }
    int rows()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT count(*) FROM skill_level_changes"_s) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_db.open(m_dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()),
                 qPrintable(m_db.error()));
        QVERIFY(m_db.schemaVersion() >= 4);
    }

    void levelChangesAreKept()
    {
        const qint64 python = skillId(u"Python"_s);
        QVERIFY(python);
        QCOMPARE(rows(), 0); // a new workbench has no history
        QVERIFY(setLevel(python, 2));
        QVERIFY(setLevel(python, 2)); // the same level again is no change
        QVERIFY(setLevel(python, 3));
        QCOMPARE(rows(), 2);
        const QDate today = QDate::currentDate();
        QString error;
        const auto changes
            = ProgressRepository(m_db.connection()).levelChanges(today.addDays(-1), &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(0).from, 0);
        QCOMPARE(changes->at(0).to, 2);
        QCOMPARE(changes->at(1).to, 3);
        QCOMPARE(changes->at(1).on, today);
        QCOMPARE(changes->at(1).skillId, python);
        QCOMPARE(ProgressStats::levelsGainedThisMonth(*changes, today), 3);
        // Lowering it (or an undo) counts against the month.
        QVERIFY(setLevel(python, 1));
        const auto after = ProgressRepository(m_db.connection()).levelChanges(today, &error);
        QCOMPARE(ProgressStats::levelsGainedThisMonth(*after, today), 1);
    }

    void otherFieldsLeaveNoHistory()
    {
        const int before = rows();
        Transaction t(m_db.connection());
        QString error;
        QVERIFY(SkillRepository(m_db.connection())
                    .setField(skillId(u"NumPy"_s), Skill::Field::TargetLevel, 5, &error));
        QVERIFY(t.commit());
        QCOMPARE(rows(), before);
    }

    void studyMinutesPerDay()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) VALUES "
                       "(1, '2026-11-02', 30), (2, '2026-11-02', 45), (1, '2026-11-04', 60)"_s));
        QString error;
        const auto days = ProgressRepository(m_db.connection())
                              .minutesPerDay(QDate(2026, 11, 1), QDate(2026, 11, 3), &error);
        QVERIFY2(days, qPrintable(error));
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->value(QDate(2026, 11, 2)), 75);
    }

    // Starting levels (the demo, the first-run guide) are not progress.
    void baselineWritesLeaveNoHistory()
    {
        const int before = rows();
        Transaction t(m_db.connection());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('progress/baseline', '1')"_s));
        QString error;
        QVERIFY(SkillRepository(m_db.connection())
                    .setField(skillId(u"Pandas"_s), Skill::Field::CurrentLevel, 3, &error));
        QVERIFY(q.exec(u"DELETE FROM settings WHERE key = 'progress/baseline'"_s));
        QVERIFY(t.commit());
        QCOMPARE(rows(), before);
        QVERIFY(setLevel(skillId(u"Pandas"_s), 4)); // and afterwards it records again
        QCOMPARE(rows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestLevelHistory)
#include "tst_levelhistory.moc"
