// Every dialog by keyboard alone (issue #13, item 6; tst_taborder does the pages). In each
// dialog, on each of its tabs and wizard pages, Tab from where the focus is:
// - reaches every visible, enabled control and leaves it on the next press (no trap);
// - stays in the dialog;
// - goes in reading order, read from the control at the top left: down the dialog and left to
//   right along a row, never back up and left.
#include "certifications/cataloguedialog.h"
#include "certifications/certificationeditor.h"
#include "certifications/certificationspage.h"
#include "certifications/logstudydialog.h"
#include "common/chartdatadialog.h"
#include "common/dialogs.h"
#include "common/page.h"
#include "interchange/jsonresumepreviewdialog.h"
#include "interviews/applicationeditor.h"
#include "interviews/applicationsview.h"
#include "interviews/csvimportdialog.h"
#include "interviews/drilldialog.h"
#include "interviews/interviewspage.h"
#include "interviews/questionbankview.h"
#include "interviews/questioneditor.h"
#include "interviews/sessioneditor.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"
#include "onboarding/onboardingwizard.h"
#include "projects/projecteditor.h"
#include "projects/projectspage.h"
#include "tabwalk.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace TabWalk;

namespace {

// The problems of DIALOG, shown and active, on each of its tabs (NAME heads each line).
QStringList problemsOf(QDialog *dialog, const QString &name)
{
    QStringList problems;
    const auto add = [&](const QString &where) {
        if (!dialog->isAncestorOf(QApplication::focusWidget())) {
            // Where a dialog puts the focus on a tab is its business; Tab starts somewhere.
            for (QWidget *c : dialog->findChildren<QWidget *>()) {
                if (takesTab(c) && isControl(c)) {
                    c->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
        }
        for (const QString &p : dialogTabProblems(dialog))
            problems << u"%1%2: %3"_s.arg(name, where, p);
    };
    add(QString());
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == was || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            tabs->tabBar()->setFocus(Qt::TabFocusReason);
            add(u", tab \"%1\""_s.arg(tabs->tabText(i).remove(u'&')));
        }
        tabs->setCurrentIndex(was);
    }
    if (auto *wizard = qobject_cast<QWizard *>(dialog)) {
        for (int guard = 0; guard < 20 && wizard->button(QWizard::NextButton)->isVisible()
             && wizard->button(QWizard::NextButton)->isEnabled();
             ++guard) {
            wizard->next();
            add(u", page \"%1\""_s.arg(wizard->currentPage()->title()));
        }
    }
    return problems;
}

// The visible dialog of type T that OWNER (or the application) has just opened.
template<typename T>
T *opened(QWidget *owner)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T *d : owner->findChildren<T *>())
        if (d->isVisible())
            return d;
    return nullptr;
}

// The problems of the dialog of type T that OWNER has just opened (window-modal, not
// blocking), which is then closed.
template<typename T>
QStringList checkAndClose(QWidget *owner)
{
    const QString name = QString::fromLatin1(T::staticMetaObject.className());
    T *dialog = opened<T>(owner);
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return {u"%1 did not open"_s.arg(name)};
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return {u"%1 is not active"_s.arg(name)};
    const QStringList problems = problemsOf(dialog, name);
    dialog->reject();
    return problems;
}

// The problems of the modal dialog (exec) that TRIGGER opens, checked from inside its event
// loop and then closed.
QStringList checkModal(QWidget *context, const std::function<void()> &trigger, const QString &name)
{
    QStringList problems {u"%1 did not open"_s.arg(name)};
    QTimer::singleShot(0, context, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return;
        problems = problemsOf(dialog, name);
        dialog->reject();
    });
    trigger();
    return problems;
}

QString report(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning("%s", qPrintable(p));
    return u"%1 Tab problem(s), listed above"_s.arg(problems.size());
}

} // namespace

class TestDialogTabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void certificationDialogs();
    void projectEditor();
    void interviewDialogs();
    void windowDialogs();
    void firstRunGuide();
    void testFindsAWrongOrder();

private:
    template<typename P>
    P *showPage(const QString &name)
    {
        m_window->showPage(name);
        auto *page = qobject_cast<P *>(m_window->page(name));
        if (page && !QTest::qWaitFor([page] { return page->isVisible() && page->isLoaded(); }))
            return nullptr;
        return page;
    }

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void TestDialogTabOrder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_dialogtaborder"_s);
    Dialogs::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.cwbench"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_demo, &error), qPrintable(error));
}

void TestDialogTabOrder::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 780);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkbench(m_demo));
    QTRY_VERIFY(m_window->page(0) && m_window->page(0)->isLoaded());
}

void TestDialogTabOrder::cleanup()
{
    m_window.reset();
}

void TestDialogTabOrder::certificationDialogs()
{
    auto *page = showPage<CertificationsPage>(u"certificationsPage"_s);
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(u"certificationsTable"_s);
    QVERIFY(table && table->model()->rowCount() > 0);
    table->selectRow(0);
    QStringList problems;
    page->addCertification();
    problems << checkAndClose<CertificationEditor>(page);
    page->editSelected();
    problems << checkAndClose<CertificationEditor>(page);
    page->logStudyForSelected();
    problems << checkAndClose<LogStudyDialog>(page);
    page->addFromCatalogue();
    problems << checkAndClose<CatalogueDialog>(page);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestDialogTabOrder::projectEditor()
{
    auto *page = showPage<ProjectsPage>(u"projectsPage"_s);
    QVERIFY(page);
    QStringList problems;
    page->addProject();
    problems << checkAndClose<ProjectEditor>(page);
    page->selectId(page->selectedId() > 0 ? page->selectedId() : 1);
    page->editSelected();
    problems << checkAndClose<ProjectEditor>(page);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestDialogTabOrder::interviewDialogs()
{
    auto *page = showPage<InterviewsPage>(u"interviewsPage"_s);
    QVERIFY(page);
    QStringList problems;
    page->logSession();
    problems << checkAndClose<SessionEditor>(page);
    page->startDrill();
    problems << checkAndClose<DrillDialog>(page);
    page->applications()->addApplication();
    problems << checkAndClose<ApplicationEditor>(page);
    page->questionBank()->addQuestion();
    problems << checkAndClose<QuestionEditor>(page);
    const QString csv = m_dir.filePath(u"sessions.csv"_s);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("date,kind,format,company,role,duration_minutes,self_score,topics\n"
            "2026-01-05,real,coding,Acme,ML Engineer,45,4,Python:4;Testing\n");
    f.close();
    Dialogs::queueFileName(csv);
    page->importCsv();
    problems << checkAndClose<CsvImportDialog>(page);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The dialogs the window's menus open: Preferences, Chart Data as Table, and the preview of
// a JSON Resume import.
void TestDialogTabOrder::windowDialogs()
{
    MainWindow *w = m_window.get();
    QStringList problems;
    problems << checkModal(
        w, [w] { w->findChild<QAction *>(u"preferencesAction"_s)->trigger(); },
        u"PreferencesDialog"_s);
    showPage<CertificationsPage>(u"certificationsPage"_s);
    w->findChild<QAction *>(u"chartDataAction"_s)->trigger();
    problems << checkAndClose<ChartDataDialog>(w);
    // (In test mode the import asks instead of showing its preview: open the preview itself.)
    auto *preview = new JsonResumePreviewDialog(u"resume.json"_s, {}, w);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    problems << checkAndClose<JsonResumePreviewDialog>(w);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// Help > Getting Started: every page of the first-run guide.
void TestDialogTabOrder::firstRunGuide()
{
    m_window->findChild<QAction *>(u"gettingStartedAction"_s)->trigger();
    const QStringList problems = checkAndClose<OnboardingWizard>(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The check fails where a user would notice: a field created after the others comes last
// in Tab's order, after the button below it.
void TestDialogTabOrder::testFindsAWrongOrder()
{
    QDialog dialog;
    auto *first = new QLineEdit(&dialog);
    first->setGeometry(10, 10, 200, 24);
    auto *ok = new QPushButton(u"OK"_s, &dialog);
    ok->setGeometry(10, 90, 80, 30);
    auto *second = new QLineEdit(&dialog); // created last, shown between the two
    second->setGeometry(10, 50, 200, 24);
    dialog.resize(220, 130);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    first->setFocus(Qt::TabFocusReason);
    QStringList problems = dialogTabProblems(&dialog);
    QVERIFY2(problems.join(u'\n').contains(u"Tab goes back"_s), qPrintable(problems.join(u'\n')));
    QWidget::setTabOrder(first, second);
    QWidget::setTabOrder(second, ok);
    QCOMPARE(dialogTabProblems(&dialog), QStringList());
}

QTEST_MAIN(TestDialogTabOrder)
#include "tst_dialogtaborder.moc"
