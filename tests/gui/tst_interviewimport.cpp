#include "common/dialogs.h"
#include "interviews/csvimportdialog.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewspage.h"
#include "interviews/questionbankmodel.h"
#include "interviews/questionbankview.h"
#include "interviews/questioneditor.h"
#include "uiworkbenchfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// CSV in and out of the Interviews page, and the question bank: the import previews first
// (saying which rows update a session in place), writes off the GUI thread, and a refused file
// changes nothing; the bank is searched, edited and undone.
class TestInterviewImport : public QObject
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

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_fx.dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    CsvImportDialog *startImport(const QString &path)
    {
        Dialogs::queueFileName(path);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"importCsvButton"_s), Qt::LeftButton);
        return openDialog<CsvImportDialog>();
    }

    // The dialog deletes itself when it closes: wait through a guarded pointer.
    static void waitClosed(CsvImportDialog *dialog)
    {
        QPointer<CsvImportDialog> guard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 60000);
    }

    static QByteArray goodCsv()
    {
        return "date,kind,format,company,role,duration_minutes,self_score,topics\n"
               "2026-01-05,real,coding,Acme,ML Engineer,45,4,Python:4;Testing\n"
               "2026-01-12,mock,system_design,,,60,2,Caching:2\n"
               "2026-01-19T10:30,mock,behavioural,,,30,3,\n";
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

    void importPreviewsThenWrites()
    {
        const QString path = writeFile(u"sessions.csv"_s, goodCsv());
        CsvImportDialog *dialog = startImport(path);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview(), 60000);
        auto *summary = child<QLabel>(dialog, u"importSummaryLabel"_s);
        QVERIFY2(summary->text().contains(u"New: 3. Updating"_s), qPrintable(summary->text()));
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 0); // nothing before Import
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        waitClosed(dialog);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 3);
        QCOMPARE(m_page->model()->rowCount(), 3);

        // The same file again: every row updates its session in place, and the preview says so.
        dialog = startImport(path);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview(), 60000);
        summary = child<QLabel>(dialog, u"importSummaryLabel"_s);
        QVERIFY2(summary->text().contains(u"New: 0. Updating"_s)
                     && summary->text().endsWith(u": 3."_s),
                 qPrintable(summary->text()));
        // Row by row too, with formats named as the app names them, not by their CSV words.
        auto *rows = dialog->findChild<QTableWidget *>();
        QVERIFY(rows);
        QCOMPARE(rows->item(0, 2)->text(), u"Coding"_s);
        QCOMPARE(rows->item(0, 5)->text(), CsvImportDialog::tr("update in place"));
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        waitClosed(dialog);
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 3);
    }

    // Issue 11, "in the app (preview first, progress, cancel)": Cancel while the rows are
    // being written stops the import, writes none of them, and says so once (it said
    // "Nothing was imported: Cancelled; nothing was imported.").
    void cancelWhileImportingWritesNothing()
    {
        QByteArray csv = "date,kind,format,company,role,self_score,topics\n";
        for (int i = 0; i < 20000; ++i)
            csv += "2020-01-01T00:00,real,coding,Company " + QByteArray::number(i)
                + ",ML Engineer,3,Python:3\n";
        const QString path = writeFile(u"many.csv"_s, csv);
        CsvImportDialog *dialog = startImport(path);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview(), 60000);
        auto *progress = child<QProgressBar>(dialog, u"importProgress"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        QCOMPARE(progress->maximum(), 20000);
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelImportButton"_s), Qt::LeftButton);
        auto *summary = child<QLabel>(dialog, u"importSummaryLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), u"Nothing was imported: Cancelled."_s, 60000);
        QVERIFY(dialog->isVisible()); // the user reads why, then closes
        QCOMPARE(m_fx.count(u"interview_sessions"_s), 0);
        QCOMPARE(m_page->model()->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelImportButton"_s), Qt::LeftButton);
        waitClosed(dialog);
    }

    void refusedImportChangesNothing()
    {
        const QString path = writeFile(u"bad.csv"_s,
                                       "date,kind,format,self_score\n2026-01-05,mock,coding,4\n"
                                       "2026-01-06,mock,coding,9\n");
        const QByteArray before = m_fx.rowHash();
        CsvImportDialog *dialog = startImport(path);
        QVERIFY(dialog);
        auto *summary = child<QLabel>(dialog, u"importSummaryLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Nothing was imported"_s), 60000);
        QVERIFY2(summary->text().contains(u"line 3"_s), qPrintable(summary->text()));
        QVERIFY(!child<QPushButton>(dialog, u"importButton"_s)->isEnabled());
        dialog->reject();
        QCOMPARE(m_fx.rowHash(), before);
    }

    void exportWritesEverySession()
    {
        const QString in = writeFile(u"in.csv"_s, goodCsv());
        CsvImportDialog *dialog = startImport(in);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview(), 60000);
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        waitClosed(dialog);
        const QString out = m_fx.dir.filePath(u"out.csv"_s);
        Dialogs::queueFileName(out);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"exportCsvButton"_s), Qt::LeftButton);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count('\n'), 4); // header and three sessions
        QVERIFY(text.contains("Acme"));
    }

    void bankIsSearchedAndEdited()
    {
        QuestionBankView *bank = m_page->questionBank();
        QAbstractItemModelTester tester(bank->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &text : {u"What is dropout?"_s, u"Explain attention."_s}) {
            QTest::mouseClick(child<QPushButton>(bank, u"addQuestionButton"_s), Qt::LeftButton);
            auto *editor = openDialog<QuestionEditor>();
            QVERIFY(editor);
            child<QPlainTextEdit>(editor, u"questionTextEdit"_s)->setPlainText(text);
            QTest::keyClicks(child<QLineEdit>(editor, u"questionTopicsEdit"_s), u"Deep learning"_s);
            QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
        }
        QCOMPARE(bank->model()->rowCount(), 2);
        child<QLineEdit>(bank, u"questionSearchEdit"_s)->setText(u"dropout"_s);
        QCOMPARE(bank->model()->rowCount(), 1);
        child<QLineEdit>(bank, u"questionSearchEdit"_s)->clear();
        m_fx.undoStack->undo();
        QCOMPARE(bank->model()->rowCount(), 1);
        QCOMPARE(m_fx.count(u"interview_questions"_s), 1);
    }
};

QTEST_MAIN(TestInterviewImport)
#include "tst_interviewimport.moc"
