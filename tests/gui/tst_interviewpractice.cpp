#include "dashboard/dashboardpage.h"
#include "db/jobapplicationrepository.h"
#include "interviews/addsessioncommand.h"
#include "interviews/applicationeditor.h"
#include "interviews/applicationsview.h"
#include "interviews/drilldialog.h"
#include "interviews/interviewcharts.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewspage.h"
#include "interviews/interviewstore.h"
#include "interviews/practicepanel.h"
#include "interviews/sessioneditor.h"
#include "interviews/topicscoreswidget.h"
#include "uiworkbenchfixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Practice and applications as a user sees them: a logged session changes the charts, the
// topics due (on the page and the dashboard) and a drill logs itself as a session; an
// application moves through its stages, each move dated and undoable.
class TestInterviewPractice : public QObject
{
    Q_OBJECT

private:
    UiWorkbenchFixture m_fx;
    std::unique_ptr<InterviewsPage> m_page;

    template<typename T>
    T *child(QObject *parent, const QString &name) const
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }

    template<typename T>
    T *openDialog() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (T *d : m_page->findChildren<T *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

    QStringList listTexts(const QString &name) const
    {
        QStringList texts;
        auto *list = child<QListWidget>(m_page.get(), name);
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->data(Qt::UserRole).toString();
        return texts;
    }

    int weeklyTotal() const
    {
        int total = 0;
        for (const QList<int> &weeks : m_page->charts()->data().weekly)
            for (int n : weeks)
                total += n;
        return total;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_fx.open());
        m_page = std::make_unique<InterviewsPage>(m_fx.context());
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->ensureLoaded();
    }

    void cleanup()
    {
        m_page.reset();
        m_fx.close();
    }

    void loggingChangesChartsAndDueTopics()
    {
        DashboardPage dashboard(m_fx.context());
        dashboard.show();
        dashboard.ensureLoaded();
        auto *dashboardDue = child<QLabel>(&dashboard, u"dashboardDueTopics"_s);
        QVERIFY(!dashboardDue->text().contains(u"Vector databases"_s));
        QCOMPARE(m_page->charts()->data().scores.size(), 0);
        QCOMPARE(weeklyTotal(), 0);
        QVERIFY(listTexts(u"dueTopicsList"_s).isEmpty());

        // Two days ago, a weak answer on vector databases: due again the next day, so today.
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        auto *editor = openDialog<SessionEditor>();
        QVERIFY(editor);
        child<QDateEdit>(editor, u"dateEdit"_s)->setDate(QDate::currentDate().addDays(-2));
        child<QSpinBox>(editor, u"selfScoreSpin"_s)->setValue(2);
        child<TopicScoresWidget>(editor, u"topicScores"_s)->addTopic(u"Vector databases"_s, 2);
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);

        QCOMPARE(m_page->charts()->data().scores.size(), 1);
        QCOMPARE(weeklyTotal(), 1);
        QCOMPARE(m_page->charts()->data().topics.size(), 1);
        QCOMPARE(listTexts(u"dueTopicsList"_s), QStringList {u"Vector databases"_s});
        QCOMPARE(listTexts(u"weakTopicsList"_s), QStringList {u"Vector databases"_s});
        QTRY_VERIFY(dashboardDue->text().contains(u"Vector databases"_s));

        // Undo takes all of it back.
        m_fx.undoStack->undo();
        QCOMPARE(m_page->charts()->data().scores.size(), 0);
        QVERIFY(listTexts(u"dueTopicsList"_s).isEmpty());
    }

    void drillIsLoggedAsSelfPractice()
    {
        InterviewSession s;
        s.date = QDate::currentDate().addDays(-3);
        s.selfScore = 2;
        s.topics = {{u"Attention"_s, 2}, {u"Tokenisers"_s, 1}};
        QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                   new AddSessionCommand(m_page->store(), s, u"Log"_s)));
        QCOMPARE(listTexts(u"dueTopicsList"_s), (QStringList {u"Attention"_s, u"Tokenisers"_s}));

        child<QSpinBox>(m_page.get(), u"drillSizeSpin"_s)->setValue(2);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"startDrillButton"_s), Qt::LeftButton);
        auto *drill = openDialog<DrillDialog>();
        QVERIFY(drill);
        QVERIFY(child<QLabel>(drill, u"countdownLabel"_s)->text().startsWith(u"5:00"_s)
                || child<QLabel>(drill, u"countdownLabel"_s)->text().startsWith(u"4:5"_s));
        QVERIFY(child<QLabel>(drill, u"drillQuestionLabel"_s)->text().contains(u"Attention"_s));
        child<QSpinBox>(drill, u"drillScoreSpin"_s)->setValue(4);
        QTest::mouseClick(child<QPushButton>(drill, u"drillNextButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(drill, u"drillQuestionLabel"_s)->text().contains(u"Tokenisers"_s));
        child<QSpinBox>(drill, u"drillScoreSpin"_s)->setValue(5);
        QTest::mouseClick(child<QPushButton>(drill, u"drillNextButton"_s), Qt::LeftButton);
        QVERIFY(!drill->isVisible());

        QCOMPARE(m_fx.count(u"interview_sessions"_s), 2);
        const InterviewSession logged = m_page->model()->session(0);
        QCOMPARE(logged.kind, InterviewSession::Kind::Mock);
        QCOMPARE(logged.ranBy, InterviewSession::RanBy::Self);
        QCOMPARE(logged.topics,
                 (QList<InterviewTopicScore> {{u"Attention"_s, 4}, {u"Tokenisers"_s, 5}}));
        // Both passed today: neither is due any more.
        QVERIFY(listTexts(u"dueTopicsList"_s).isEmpty());
    }

    void applicationMovesThroughItsStages()
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addApplicationButton"_s),
                          Qt::LeftButton);
        auto *editor = openDialog<ApplicationEditor>();
        QVERIFY(editor);
        QVERIFY(!child<QPushButton>(editor, u"saveButton"_s)->isEnabled()); // no company yet
        QTest::keyClicks(child<QLineEdit>(editor, u"applicationCompanyEdit"_s), u"Acme AI"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"applicationRoleEdit"_s), u"ML Engineer"_s);
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);

        JobApplicationRepository repo(m_fx.db());
        QString error;
        const qint64 id = repo.all(&error)->first().id;
        QCOMPARE(m_page->applications()->selectedId(), id);
        auto *advance = child<QPushButton>(m_page.get(), u"advanceStageButton"_s);
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(advance, Qt::LeftButton);
        auto a = repo.find(id, &error);
        QCOMPARE(a->stage, JobApplication::Stage::Onsite);
        QCOMPARE(a->moves.size(), 4); // applied, screen, technical, onsite
        QCOMPARE(a->moves.last().on, QDate::currentDate());
        auto *tree = child<QTreeWidget>(m_page.get(), u"applicationsTree"_s);
        QCOMPARE(tree->topLevelItem(int(JobApplication::Stage::Onsite))->childCount(), 1);
        QCOMPARE(tree->topLevelItem(int(JobApplication::Stage::Onsite))->child(0)->childCount(), 4);

        // Straight to an offer, then undo twice: back to technical.
        auto *stage = child<QComboBox>(m_page.get(), u"stageCombo"_s);
        stage->setCurrentIndex(int(JobApplication::Stage::Offer));
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"moveStageButton"_s), Qt::LeftButton);
        QCOMPARE(repo.find(id, &error)->stage, JobApplication::Stage::Offer);
        QVERIFY(!advance->isEnabled());
        QCOMPARE((*repo.funnel(&error))[size_t(JobApplication::Stage::Offer)], 1);
        m_fx.undoStack->undo();
        m_fx.undoStack->undo();
        a = repo.find(id, &error);
        QCOMPARE(a->stage, JobApplication::Stage::Technical);
        QCOMPARE(a->moves.size(), 3);
        QCOMPARE(tree->topLevelItem(int(JobApplication::Stage::Technical))->childCount(), 1);
    }
};

QTEST_MAIN(TestInterviewPractice)
#include "tst_interviewpractice.moc"
