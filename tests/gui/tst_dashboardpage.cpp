#include "common/changenotifier.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "io/demoworkbench.h"

#include <QCommandLinkButton>
#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summarisesTheWorkbench();
    void showsWhatIsDueAndFollowsChanges();
    void cardsNavigate();
    void learnNextFollowsTheRoadmap();
    void anUnreadStudyRecordIsSaid();

private:
    QTemporaryDir m_dir;
    Database m_db;
    QUndoStack m_undo;
    ChangeNotifier m_notifier;
};

void TestDashboardPage::initTestCase()
{
    const QString path = m_dir.filePath(u"demo.sqlite"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(path, &error), qPrintable(error));
    QVERIFY2(m_db.open(path), qPrintable(m_db.error()));
}

void TestDashboardPage::summarisesTheWorkbench()
{
    DashboardPage page({&m_db, &m_undo, &m_notifier});
    page.show();
    page.ensureLoaded();
    QVERIFY(page.findChild<QLabel *>(u"greeting"_s)->text().contains(u"Daniel"_s));
    auto *projects = page.findChild<QCommandLinkButton *>(u"card3"_s);
    QVERIFY(projects);
    QVERIFY2(projects->description().contains(u"10"_s), qPrintable(projects->description()));
}

void TestDashboardPage::showsWhatIsDueAndFollowsChanges()
{
    DashboardPage page({&m_db, &m_undo, &m_notifier});
    page.show();
    page.ensureLoaded();
    auto *list = page.findChild<QListWidget *>(u"upcomingList"_s);
    QVERIFY(list);
    const int before = list->count();
    QVERIFY(before > 0); // the demo has an exam and an expiry within 90 days

    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO certifications (name, status, exam_on) VALUES (?, 'planned', ?)"_s);
    q.addBindValue(u"Dashboard Test Exam"_s);
    q.addBindValue(QDate::currentDate().addDays(3).toString(Qt::ISODate));
    QVERIFY(q.exec());
    m_notifier.notify(ChangeNotifier::Certifications);
    QCOMPARE(list->count(), before + 1);
    QVERIFY(list->item(0)->text().contains(u"Dashboard Test Exam"_s));
}

void TestDashboardPage::cardsNavigate()
{
    DashboardPage page({&m_db, &m_undo, &m_notifier});
    page.show();
    page.ensureLoaded();
    QSignalSpy spy(&page, &Page::openRequested);
    QTest::mouseClick(page.findChild<QCommandLinkButton *>(u"card4"_s), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), u"interviewsPage"_s);
}

void TestDashboardPage::learnNextFollowsTheRoadmap()
{
    DashboardPage page({&m_db, &m_undo, &m_notifier});
    page.show();
    page.ensureLoaded();
    auto *list = page.findChild<QListWidget *>(u"dashboardLearnNext"_s);
    QVERIFY(list && list->count() > 0);
    QVERIFY(list->count() <= 8);
    const qint64 first = list->item(0)->data(Qt::UserRole).toLongLong();

    // Once the first skill reaches its target, it leaves the list.
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE skills SET current_level = target_level WHERE id = ?"_s);
    q.addBindValue(first);
    QVERIFY(q.exec());
    m_notifier.notify(ChangeNotifier::Skills);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(list->item(i)->data(Qt::UserRole).toLongLong() != first);

    QSignalSpy spy(&page, &Page::openRequested);
    emit list->itemActivated(list->item(0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), u"skillsPage"_s);
    QCOMPARE(spy.first().at(1).toLongLong(), list->item(0)->data(Qt::UserRole).toLongLong());
}

// Issue #8: a level history that cannot be read showed as a month with no levels gained and the
// usual summary; the page says the workbench could not be read, and recovers once it can.
void TestDashboardPage::anUnreadStudyRecordIsSaid()
{
    DashboardPage page({&m_db, &m_undo, &m_notifier});
    page.show();
    page.ensureLoaded();
    auto *summary = page.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary && !summary->text().contains(u"could not be read"_s));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"CREATE TEMP TABLE skill_level_changes (unrelated INTEGER)"_s));
    m_notifier.notify(ChangeNotifier::Skills);
    QVERIFY2(summary->text().contains(u"could not be read"_s), qPrintable(summary->text()));
    QVERIFY(q.exec(u"DROP TABLE temp.skill_level_changes"_s));
    m_notifier.notify(ChangeNotifier::Skills);
    QVERIFY2(!summary->text().contains(u"could not be read"_s), qPrintable(summary->text()));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
