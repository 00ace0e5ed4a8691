#include "common/dialogs.h"
#include "common/optionaldateedit.h"
#include "common/storecommand.h"
#include "db/interviewsessionrepository.h"
#include "db/interviewtopicrepository.h"
#include "interviews/addsessioncommand.h"
#include "interviews/interviewfilterproxy.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewspage.h"
#include "interviews/questionbankmodel.h"
#include "interviews/sessioneditor.h"
#include "interviews/topicscoreswidget.h"
#include "uiworkbenchfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The Interviews page as a user drives it: sessions are logged and edited through the editor
// (which refuses what the validator refuses), filtered, deleted and brought back by undo, and
// a logged topic gets its spacing.
class TestInterviewsPage : public QObject
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

    SessionEditor *openEditor() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (SessionEditor *d : m_page->findChildren<SessionEditor *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

    // Logs a session through the editor, as a user would.
    bool logViaEditor(const QString &company, const QString &format, int selfScore,
                      const QList<InterviewTopicScore> &topics, bool real = false)
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        SessionEditor *editor = openEditor();
        if (!editor)
            return false;
        auto *kind = child<QComboBox>(editor, u"kindCombo"_s);
        kind->setCurrentIndex(real ? 1 : 0);
        auto *formats = child<QComboBox>(editor, u"formatCombo"_s);
        formats->setCurrentIndex(formats->findData(format));
        QTest::keyClicks(child<QLineEdit>(editor, u"companyEdit"_s), company);
        child<QSpinBox>(editor, u"selfScoreSpin"_s)->setValue(selfScore);
        auto *topicWidget = child<TopicScoresWidget>(editor, u"topicScores"_s);
        for (const InterviewTopicScore &t : topics)
            topicWidget->addTopic(t.name, t.score);
        child<QPlainTextEdit>(editor, u"questionsEdit"_s)
            ->setPlainText(u"Explain attention.\nWhat is a KV cache?"_s);
        QPushButton *save = child<QPushButton>(editor, u"saveButton"_s);
        if (!save->isEnabled())
            return false;
        QTest::mouseClick(save, Qt::LeftButton);
        return !editor->isVisible();
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

    void emptyStateThenTable()
    {
        auto *label = child<QLabel>(m_page.get(), u"emptyStateLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, {}));
        QVERIFY(!label->isVisible());
        QVERIFY(child<QTableView>(m_page.get(), u"sessionsTable"_s)->isVisible());
    }

    void modelAndProxyPassTheTester()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, {{u"Python"_s, 4}}));
        QVERIFY(logViaEditor(u"Globex"_s, u"system_design"_s, 2, {{u"Caching"_s, 2}}, true));
        QVERIFY(logViaEditor(u"Initech"_s, u"behavioural"_s, 3, {}));
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 3);
        m_page->proxy()->sort(InterviewSessionsModel::Company, Qt::AscendingOrder);
        QCOMPARE(m_page->proxy()->index(0, InterviewSessionsModel::Company).data().toString(),
                 u"Acme"_s);

        // Filters: text, kind, format, topic.
        auto *search = child<QLineEdit>(m_page.get(), u"sessionSearchEdit"_s);
        search->setText(u"glob"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        search->clear();
        auto *kind = child<QComboBox>(m_page.get(), u"kindFilterCombo"_s);
        kind->setCurrentIndex(kind->findData(int(InterviewSession::Kind::Real)));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        kind->setCurrentIndex(0);
        auto *format = child<QComboBox>(m_page.get(), u"formatFilterCombo"_s);
        format->setCurrentIndex(format->findData(u"behavioural"_s));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        format->setCurrentIndex(0);
        auto *topic = child<QComboBox>(m_page.get(), u"topicFilterCombo"_s);
        topic->setCurrentIndex(topic->findData(u"Python"_s));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        topic->setCurrentIndex(0);
        QCOMPARE(m_page->proxy()->rowCount(), 3);

        // Delete, then undo brings it back with its topics.
        auto *table = child<QTableView>(m_page.get(), u"sessionsTable"_s);
        table->selectRow(0);
        Dialogs::queueAnswer(QMessageBox::Yes);
        m_page->deleteSelected();
        QCOMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 2);
        m_fx.undoStack->undo();
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_fx.count(u"interview_session_topics"_s), 2);
    }

    // The editor's choices (formats, applications, topics) are read when it opens. When they
    // cannot be, it does not open and says why: it would show a session linked to an
    // application as linked to none, and save it so.
    void editorDoesNotOpenWithoutItsChoices()
    {
        QSqlQuery q(m_fx.db());
        QVERIFY2(q.exec(u"CREATE TEMP TABLE applications (x INTEGER)"_s),
                 qPrintable(q.lastError().text()));
        Dialogs::takeMessages();
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        QVERIFY(!openEditor());
        const QStringList messages = Dialogs::takeMessages();
        QVERIFY2(messages.join(u'\n').contains(u"cannot be read: "_s),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(q.exec(u"DROP TABLE temp.applications"_s));
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        SessionEditor *editor = openEditor();
        QVERIFY(editor);
        editor->reject();
    }

    // Issue 11, "filter by ... date range": the From and To dates keep the sessions between
    // them, each end on its own, and unticking them shows all again.
    void dateRangeFilter()
    {
        InterviewStore *store = m_page->store();
        for (int day : {1, 10, 20}) {
            InterviewSession s;
            s.date = QDate(2026, 3, day);
            s.company = u"Day %1"_s.arg(day);
            s.selfScore = 3;
            QVERIFY(StoreCommand::push(m_fx.undoStack.get(),
                                       new AddSessionCommand(store, s, u"Log"_s)));
        }
        auto *from = child<OptionalDateEdit>(m_page.get(), u"fromDateFilter"_s);
        auto *to = child<OptionalDateEdit>(m_page.get(), u"toDateFilter"_s);
        QVERIFY(from && to);
        const auto shown = [this] {
            QStringList companies;
            for (int r = 0; r < m_page->proxy()->rowCount(); ++r)
                companies
                    << m_page->proxy()->index(r, InterviewSessionsModel::Company).data().toString();
            companies.sort();
            return companies;
        };
        QCOMPARE(shown().size(), 3);
        from->checkBox()->click();
        from->dateEdit()->setDate(QDate(2026, 3, 10));
        QCOMPARE(shown(), (QStringList {u"Day 10"_s, u"Day 20"_s}));
        to->checkBox()->click();
        to->dateEdit()->setDate(QDate(2026, 3, 10));
        QCOMPARE(shown(), QStringList {u"Day 10"_s}); // both ends count
        from->checkBox()->click();
        QCOMPARE(shown(), (QStringList {u"Day 1"_s, u"Day 10"_s}));
        QVERIFY(child<QLabel>(m_page.get(), u"sessionCountLabel"_s)->text().contains(u"2 of 3"_s));
        to->checkBox()->click();
        QCOMPARE(shown().size(), 3);
    }

    void editorShowsProblemsBesideTheFields()
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        SessionEditor *editor = openEditor();
        QVERIFY(editor);
        child<QComboBox>(editor, u"kindCombo"_s)->setCurrentIndex(1); // real, no company
        auto *error = child<QLabel>(editor, u"companyError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"company"_s));
        QVERIFY(!child<QPushButton>(editor, u"saveButton"_s)->isEnabled());
        child<TopicScoresWidget>(editor, u"topicScores"_s)->addTopic(u"bad;name"_s, 3);
        QVERIFY(child<QLabel>(editor, u"topicsError"_s)->isVisible());
        const QByteArray before = m_fx.rowHash();
        editor->accept();
        QVERIFY(editor->isVisible());
        editor->reject();
        QCOMPARE(m_fx.rowHash(), before);
    }

    // Issue 13 (Spanish screenshots): the session's date read "30/11/26"; like every date
    // field it shows the year in four digits.
    void editorDateShowsTheYearInFourDigits()
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        SessionEditor *editor = openEditor();
        QVERIFY(editor);
        auto *date = child<QDateEdit>(editor, u"dateEdit"_s);
        QVERIFY2(date->displayFormat().contains(u"yyyy"_s), qPrintable(date->displayFormat()));
        QVERIFY(date->text().contains(QString::number(date->date().year())));
        editor->reject();
    }

    void editIsUndoableAndReschedulesTopics()
    {
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, {{u"Transformers"_s, 2}}));
        const QDate today = QDate::currentDate();
        InterviewTopicRepository topics(m_fx.db());
        QString error;
        auto due = topics.due(today.addDays(1), &error);
        QVERIFY(due);
        QCOMPARE(due->size(), 1); // a failed topic comes back tomorrow
        QCOMPARE(due->first().dueOn, today.addDays(1));

        auto *table = child<QTableView>(m_page.get(), u"sessionsTable"_s);
        table->selectRow(0);
        m_page->editSelected();
        SessionEditor *editor = openEditor();
        QVERIFY(editor);
        auto *topicWidget = child<TopicScoresWidget>(editor, u"topicScores"_s);
        topicWidget->addTopic(u"Transformers"_s, 5);
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
        auto all = topics.all(&error);
        QVERIFY(all);
        QCOMPARE(all->first().dueOn, today.addDays(1)); // a first pass: one day
        QCOMPARE(all->first().repetitions, 1);
        m_fx.undoStack->undo();
        all = topics.all(&error);
        QCOMPARE(all->first().repetitions, 0); // the failed review again
        QCOMPARE(m_page->model()->session(0).topics.first().score, 2);
    }

    void questionsGoIntoTheBankInOneStep()
    {
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, {{u"Attention"_s, 3}}));
        child<QTableView>(m_page.get(), u"sessionsTable"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addToBankButton"_s), Qt::LeftButton);
        QCOMPARE(m_fx.count(u"interview_questions"_s), 2);
        m_fx.undoStack->undo();
        QCOMPARE(m_fx.count(u"interview_questions"_s), 0);
        m_fx.undoStack->redo();
        QCOMPARE(m_fx.count(u"interview_questions"_s), 2);
    }

    // Whatever was just logged is selected (and scrolled to), so its details and actions
    // apply to it at once; a second session moves the selection to itself.
    void aLoggedSessionIsSelected()
    {
        auto *table = child<QTableView>(m_page.get(), u"sessionsTable"_s);
        for (const QString &company : {u"Acme"_s, u"Globex"_s}) {
            QVERIFY(logViaEditor(company, u"coding"_s, 4, {{u"Attention"_s, 3}}));
            const QModelIndexList rows = table->selectionModel()->selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(
                m_page->model()->session(m_page->proxy()->mapToSource(rows.first()).row()).company,
                company);
            QVERIFY(table->viewport()->rect().intersects(table->visualRect(rows.first())));
        }
    }

    // The Topics column is narrow: a question asked under many topics shows them all when
    // pointed at, in the order they were logged.
    void bankTopicsShowInFullWhenPointedAt()
    {
        const QList<InterviewTopicScore> topics {{u"Attention"_s, 3},
                                                 {u"Retrieval-augmented generation"_s, 2},
                                                 {u"Distributed training"_s, 4}};
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, topics));
        child<QTableView>(m_page.get(), u"sessionsTable"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addToBankButton"_s), Qt::LeftButton);
        auto *bankTable = child<QTableView>(m_page.get(), u"questionBankTable"_s);
        QCOMPARE(bankTable->model()->rowCount(), 2);
        const QModelIndex cell = bankTable->model()->index(0, QuestionBankModel::Topics);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        for (const InterviewTopicScore &t : topics)
            QVERIFY2(tip.contains(t.name), qPrintable(tip));
        QCOMPARE(tip, cell.data(Qt::DisplayRole).toString());
    }

    // Issue 11, "search the bank while logging": the editor finds the bank's questions
    // through the store as the user types (it holds no database connection of its own).
    void theBankIsSearchedWhileLogging()
    {
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, {{u"Attention"_s, 3}}));
        child<QTableView>(m_page.get(), u"sessionsTable"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addToBankButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        SessionEditor *editor = openEditor();
        QVERIFY(editor);
        auto *results = child<QListWidget>(editor, u"bankResultsList"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"bankSearchEdit"_s), u"KV cache"_s);
        QCOMPARE(results->count(), 1);
        QCOMPARE(results->item(0)->text(), u"What is a KV cache?"_s);
        child<QLineEdit>(editor, u"bankSearchEdit"_s)->setText(u"no such question"_s);
        QCOMPARE(results->count(), 0);
        editor->reject();
    }

    // A search that cannot read the bank is not "no match": the editor and the Question Bank
    // tab say why beside the search, the tab keeps the rows it had, and the next search that
    // reads hides the message.
    void aBankSearchThatCannotReadSaysSo()
    {
        QVERIFY(logViaEditor(u"Acme"_s, u"coding"_s, 4, {{u"Attention"_s, 3}}));
        child<QTableView>(m_page.get(), u"sessionsTable"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addToBankButton"_s), Qt::LeftButton);
        auto *bankTable = child<QTableView>(m_page.get(), u"questionBankTable"_s);
        auto *bankError = child<QLabel>(m_page.get(), u"questionBankError"_s);
        QCOMPARE(bankTable->model()->rowCount(), 2);
        QVERIFY(bankError->isHidden());

        // A temporary table of the same name hides the bank from this connection.
        QSqlQuery q(m_fx.db());
        QVERIFY2(q.exec(u"CREATE TEMP TABLE interview_questions (x INTEGER)"_s),
                 qPrintable(q.lastError().text()));
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"logSessionButton"_s), Qt::LeftButton);
        SessionEditor *editor = openEditor();
        QVERIFY(editor);
        auto *search = child<QLineEdit>(editor, u"bankSearchEdit"_s);
        auto *searchError = child<QLabel>(editor, u"bankSearchError"_s);
        QTest::keyClicks(search, u"KV"_s);
        QVERIFY(!searchError->isHidden());
        QVERIFY2(searchError->text().startsWith(u"The question bank cannot be searched: "_s),
                 qPrintable(searchError->text()));
        QVERIFY(searchError->text().size() > 40); // the reason, not only the sentence
        QCOMPARE(child<QListWidget>(editor, u"bankResultsList"_s)->count(), 0);
        editor->reject();

        child<QLineEdit>(m_page.get(), u"questionSearchEdit"_s)->setText(u"KV"_s);
        QVERIFY(!bankError->isHidden());
        QVERIFY2(bankError->text().startsWith(u"The question bank cannot be read: "_s),
                 qPrintable(bankError->text()));
        QCOMPARE(bankTable->model()->rowCount(), 2);

        QVERIFY(q.exec(u"DROP TABLE temp.interview_questions"_s));
        child<QLineEdit>(m_page.get(), u"questionSearchEdit"_s)->setText(u"KV cache"_s);
        QVERIFY(bankError->isHidden());
        QCOMPARE(bankTable->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestInterviewsPage)
#include "tst_interviewspage.moc"
