#include "common/preferencesdialog.h"
#include "dashboard/dashboardpage.h"
#include "db/jobapplicationrepository.h"
#include "interviews/addformatcommand.h"
#include "interviews/addsessioncommand.h"
#include "interviews/applicationeditor.h"
#include "interviews/applicationsview.h"
#include "interviews/drilldialog.h"
#include "interviews/interviewcharts.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewsettingspanel.h"
#include "interviews/interviewspage.h"
#include "interviews/interviewstore.h"
#include "interviews/practicepanel.h"
#include "interviews/sessioneditor.h"
#include "interviews/topicscoreswidget.h"
#include "uiworkbenchfixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
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

    // The charts draw names as rich text: a topic or a format the user names "<i>...</i>" is
    // shown as typed, in the chart's labels, legend and title.
    void chartsShowTheUsersNamesAsPlainText()
    {
        const QString topic = u"<i>Bias</i> & variance"_s;
        const QString format = u"<b>Pair</b> coding"_s;
        QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                   new AddFormatCommand(m_page->store(), format)));
        InterviewSession s;
        s.date = QDate::currentDate().addDays(-1);
        s.format = m_page->store()->lastFormatKey();
        s.selfScore = 3;
        s.topics = {{topic, 3}};
        QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                   new AddSessionCommand(m_page->store(), s, u"Log"_s)));
        auto *tabs = child<QTabWidget>(m_page.get(), u"interviewTabs"_s);
        InterviewCharts *charts = m_page->charts();
        tabs->setCurrentWidget(charts);
        QTRY_VERIFY(charts->isVisible());
        const auto shown = [charts](InterviewCharts::Chart chart) {
            charts->showChart(chart);
            QStringList texts;
            for (QGraphicsItem *item : charts->view(chart)->scene()->items())
                if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                    texts << text->toPlainText();
            return texts;
        };
        QVERIFY(shown(InterviewCharts::TopicStrength).contains(topic));
        QVERIFY(shown(InterviewCharts::Readiness).contains(format));
        QVERIFY(shown(InterviewCharts::SessionsPerWeek).contains(format));
        auto *formats = child<QComboBox>(charts, u"chartFormatCombo"_s);
        formats->setCurrentIndex(formats->findData(s.format));
        QVERIFY(shown(InterviewCharts::ScoreOverTime).contains(u"Score over time: "_s + format));
    }

    // Issue 11, "readiness per format: recent average against a target score set in
    // Preferences": the target the user sets there moves the line and who is ready.
    void readinessFollowsTheTargetFromPreferences()
    {
        InterviewSession s;
        s.date = QDate::currentDate().addDays(-1);
        s.format = u"coding"_s;
        s.selfScore = 3;
        QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                   new AddSessionCommand(m_page->store(), s, u"Log"_s)));
        auto *tabs = child<QTabWidget>(m_page.get(), u"interviewTabs"_s);
        InterviewCharts *charts = m_page->charts();
        tabs->setCurrentWidget(charts);
        QTRY_VERIFY(charts->isVisible());
        charts->showChart(InterviewCharts::Readiness);
        const auto readyValue = [charts] {
            // The "Ready" bar of the one format (0 while it is "Not yet").
            auto *series = qobject_cast<QAbstractBarSeries *>(
                charts->view(InterviewCharts::Readiness)->chart()->series().value(0));
            return series ? series->barSets().value(0)->at(0) : -1.0;
        };
        QCOMPARE(charts->data().target, 4.0);
        QCOMPARE(readyValue(), 0.0);

        PreferencesDialog dialog(m_fx.context(), {new InterviewSettingsPanel(m_fx.context())});
        dialog.show();
        auto *target = dialog.findChild<QDoubleSpinBox *>(u"targetScoreSpin"_s);
        QVERIFY(target);
        target->setValue(3.0);
        dialog.accept();
        QTRY_COMPARE(charts->data().target, 3.0);
        QTRY_COMPARE(readyValue(), 3.0);
        QVERIFY(charts->view(InterviewCharts::Readiness)->chart()->title().contains(u"3.0"_s));
        // Edit > Undo puts the old target back, and the chart follows.
        m_fx.undoStack->undo();
        QTRY_COMPARE(charts->data().target, 4.0);
        QTRY_COMPARE(readyValue(), 0.0);
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

    // The drill's options: which topics, which format, how many questions and the countdown;
    // the drill follows them, is logged in the chosen format, and the workbench remembers them.
    void drillOptionsAreFollowedAndRemembered()
    {
        InterviewSession coding;
        coding.date = QDate::currentDate().addDays(-3);
        coding.format = u"coding"_s;
        coding.selfScore = 2;
        coding.topics = {{u"Attention"_s, 2}};
        InterviewSession design = coding;
        design.format = u"system_design"_s;
        design.topics = {{u"Feature stores"_s, 1}};
        for (const InterviewSession &s : {coding, design})
            QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                       new AddSessionCommand(m_page->store(), s, u"Log"_s)));
        QCOMPARE(m_page->practice()->drillTopics(),
                 (QStringList {u"Attention"_s, u"Feature stores"_s}));

        auto *topics = child<QComboBox>(m_page.get(), u"drillTopicsCombo"_s);
        auto *format = child<QComboBox>(m_page.get(), u"drillFormatCombo"_s);
        auto *size = child<QSpinBox>(m_page.get(), u"drillSizeSpin"_s);
        auto *minutes = child<QSpinBox>(m_page.get(), u"drillMinutesSpin"_s);
        auto *start = child<QPushButton>(m_page.get(), u"startDrillButton"_s);
        topics->setCurrentIndex(topics->findData(int(PracticePanel::TopicChoice::DueOnly)));
        // A format nobody practised leaves nothing to drill, and the panel says so.
        format->setCurrentIndex(format->findData(u"behavioural"_s));
        QVERIFY(!start->isEnabled());
        QVERIFY(child<QLabel>(m_page.get(), u"drillNoteLabel"_s)->text().contains(u"No topic"_s));
        format->setCurrentIndex(format->findData(u"coding"_s));
        QVERIFY(start->isEnabled());
        QCOMPARE(m_page->practice()->drillTopics(), QStringList {u"Attention"_s});
        size->setValue(3);
        minutes->setValue(2);

        QTest::mouseClick(start, Qt::LeftButton);
        auto *drill = openDialog<DrillDialog>();
        QVERIFY(drill);
        const QString countdown = child<QLabel>(drill, u"countdownLabel"_s)->text();
        QVERIFY2(countdown == u"2:00"_s || countdown == u"1:59"_s, qPrintable(countdown));
        QVERIFY(child<QLabel>(drill, u"drillQuestionLabel"_s)->text().contains(u"Attention"_s));
        while (drill->isVisible())
            QTest::mouseClick(child<QPushButton>(drill, u"drillNextButton"_s), Qt::LeftButton);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 3);
        const InterviewSession logged = m_page->model()->session(0);
        QCOMPARE(logged.format, u"coding"_s);
        QCOMPARE(logged.topics.size(), 1);
        QCOMPARE(logged.topics.first().name, u"Attention"_s);

        // A page opened on the same workbench shows the same options.
        m_page = std::make_unique<InterviewsPage>(m_fx.context());
        m_page->show();
        m_page->ensureLoaded();
        QCOMPARE(child<QComboBox>(m_page.get(), u"drillTopicsCombo"_s)->currentData().toInt(),
                 int(PracticePanel::TopicChoice::DueOnly));
        QCOMPARE(child<QComboBox>(m_page.get(), u"drillFormatCombo"_s)->currentData().toString(),
                 u"coding"_s);
        QCOMPARE(child<QSpinBox>(m_page.get(), u"drillSizeSpin"_s)->value(), 3);
        QCOMPARE(child<QSpinBox>(m_page.get(), u"drillMinutesSpin"_s)->value(), 2);
        QCOMPARE(m_page->practice()->drillSeconds(), 120);
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

    // Topics that cannot be read are not "nothing due": Practice Next says why.
    void unreadDueTopicsSaySo()
    {
        QSqlQuery q(m_fx.db());
        QVERIFY2(q.exec(u"CREATE TEMP TABLE interview_topics (x INTEGER)"_s),
                 qPrintable(q.lastError().text()));
        m_page->practice()->reload();
        QVERIFY(q.exec(u"DROP TABLE temp.interview_topics"_s));
        const QString text = child<QLabel>(m_page.get(), u"dueEmptyLabel"_s)->text();
        QVERIFY2(text.startsWith(u"The topics due cannot be read: "_s), qPrintable(text));
    }

    // A pipeline that cannot be read again is not an empty one: the applications stay shown
    // and the user is told why.
    void unreadApplicationsStayAndSaySo()
    {
        JobApplication a;
        a.company = u"Acme AI"_s;
        a.appliedOn = QDate::currentDate().addDays(-3);
        a.moves = {{JobApplication::Stage::Applied, a.appliedOn}};
        QString error;
        QVERIFY2(JobApplicationRepository(m_fx.db()).insert(a, &error) > 0, qPrintable(error));
        m_page->applications()->reload();
        auto *tree = child<QTreeWidget>(m_page.get(), u"applicationsTree"_s);
        QCOMPARE(tree->topLevelItem(int(JobApplication::Stage::Applied))->childCount(), 1);
        QSqlQuery q(m_fx.db());
        QVERIFY2(q.exec(u"CREATE TEMP TABLE applications (x INTEGER)"_s),
                 qPrintable(q.lastError().text()));
        Dialogs::takeMessages();
        m_page->applications()->reload();
        QVERIFY(q.exec(u"DROP TABLE temp.applications"_s));
        const QStringList messages = Dialogs::takeMessages();
        QVERIFY2(messages.join(u'\n').contains(u"The applications cannot be read: "_s),
                 qPrintable(messages.join(u'\n')));
        QCOMPARE(tree->topLevelItem(int(JobApplication::Stage::Applied))->childCount(), 1);
        QVERIFY(child<QLabel>(m_page.get(), u"applicationsEmptyLabel"_s)->isHidden());
    }

    // Deleting an application says what happens to its interviews, keeps them (unlinked) and
    // comes back with Undo: the same application, its moves, its interviews linked again.
    void deletingAnApplicationKeepsItsInterviews()
    {
        JobApplication a;
        a.company = u"Acme AI"_s;
        a.role = u"ML Engineer"_s;
        a.appliedOn = QDate::currentDate().addDays(-20);
        a.moves = {{JobApplication::Stage::Applied, a.appliedOn},
                   {JobApplication::Stage::Screen, a.appliedOn.addDays(5)}};
        a.stage = JobApplication::Stage::Screen;
        QString error;
        JobApplicationRepository repo(m_fx.db());
        const qint64 id = repo.insert(a, &error);
        QVERIFY2(id > 0, qPrintable(error));
        InterviewSession s;
        s.date = a.appliedOn.addDays(6);
        s.kind = InterviewSession::Kind::Real;
        s.company = a.company;
        s.role = a.role;
        s.applicationId = id;
        s.selfScore = 3;
        QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                   new AddSessionCommand(m_page->store(), s, u"Log"_s)));
        m_page->applications()->reload();
        m_page->applications()->selectApplication(id);
        auto *tree = child<QTreeWidget>(m_page.get(), u"applicationsTree"_s);
        auto *screen = tree->topLevelItem(int(JobApplication::Stage::Screen));
        QCOMPARE(screen->childCount(), 1);
        QCOMPARE(screen->child(0)->childCount(), 3); // two moves and the interview
        auto *remove = child<QPushButton>(m_page.get(), u"deleteApplicationButton"_s);
        QVERIFY(remove->isEnabled());
        const int undoBefore = m_fx.undoStack->count();

        // "No" changes nothing, and the question said what happens to the interview.
        Dialogs::takeMessages();
        Dialogs::queueAnswer(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        const QStringList asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"Acme AI, ML Engineer"_s), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(u"1 interview"_s), qPrintable(asked.first()));
        QCOMPARE(m_fx.count(u"applications"_s), 1);
        QCOMPARE(m_fx.undoStack->count(), undoBefore);

        Dialogs::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_fx.count(u"applications"_s), 0);
        QCOMPARE(m_fx.count(u"application_stage_moves"_s), 0);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 1);
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(!m_page->model()->session(0).applicationId);
        QCOMPARE(tree->topLevelItem(int(JobApplication::Stage::Screen))->childCount(), 0);
        QCOMPARE((*repo.funnel(&error))[size_t(JobApplication::Stage::Applied)], 0);
        QVERIFY(!child<QLabel>(m_page.get(), u"applicationsEmptyLabel"_s)->isHidden());
        QVERIFY(!remove->isEnabled());

        m_fx.undoStack->undo();
        const auto back = repo.find(id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->company, a.company);
        QCOMPARE(back->stage, JobApplication::Stage::Screen);
        QCOMPARE(back->moves, a.moves);
        m_page->reload();
        QCOMPARE(m_page->model()->session(0).applicationId, id);
        screen = tree->topLevelItem(int(JobApplication::Stage::Screen));
        QCOMPARE(screen->childCount(), 1);
        QCOMPARE(screen->child(0)->childCount(), 3);
        m_fx.undoStack->redo();
        QCOMPARE(m_fx.count(u"applications"_s), 0);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 1);
    }
};

QTEST_MAIN(TestInterviewPractice)
#include "tst_interviewpractice.moc"
