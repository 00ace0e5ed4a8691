// Mnemonics never clash within a window, in every shipped language (issue 9, broken 7; issue
// 13, item 6): Alt+E opened nothing because an "&Edit..." button took it from the Edit menu.
// The audit itself is tests/common/mnemonicaudit.h.
#include "common/dialogs.h"
#include "common/languages.h"
#include "common/page.h"
#include "interviews/applicationsview.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewspage.h"
#include "interviews/questionbankview.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"
#include "mnemonicaudit.h"
#include "profile/profilepage.h"
#include "projects/projectspage.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void auditFindsAClash();
    void pagesAndMenusDoNotClash_data();
    void pagesAndMenusDoNotClash();
    void preferencesDialogDoesNotClash_data();
    void preferencesDialogDoesNotClash();
    void editorsDoNotClash_data();
    void editorsDoNotClash();

private:
    static void useLanguage(const QString &code);
    static QStringList auditEveryTab(QWidget *root, QWidget *tabsUnder);
    QTemporaryDir m_dir;
    QString m_demo;
};

static QString report(const QStringList &clashes)
{
    for (const QString &clash : clashes)
        qWarning("%s", qPrintable(clash));
    return u"%1 clashing mnemonic(s), listed above"_s.arg(clashes.size());
}

void TestMnemonics::useLanguage(const QString &code)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Languages::setPreferred(code);
    Languages::install(QCoreApplication::instance());
}

void TestMnemonics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_mnemonics"_s);
    Dialogs::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.cwbench"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_demo, &error), qPrintable(error));
}

void TestMnemonics::cleanup()
{
    useLanguage(QString());
}

// The audit can fail: two buttons sharing Alt+S are reported, a button hidden is not.
void TestMnemonics::auditFindsAClash()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *save = new QPushButton(u"&Save"_s, &window);
    auto *skip = new QPushButton(u"&Skip"_s, &window);
    layout->addWidget(save);
    layout->addWidget(skip);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(MnemonicAudit::clashes(&window).size(), 1);
    skip->hide();
    QVERIFY(MnemonicAudit::clashes(&window).isEmpty());
}

void TestMnemonics::pagesAndMenusDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    MainWindow w; // the pages by name, from the window's own list
    QStringList pages;
    for (const MainWindow::PageEntry &entry : w.pageEntries())
        pages << entry.name;
    for (const Languages::Language &language : Languages::available()) {
        if (language.code.isEmpty())
            continue;
        for (const QString &page : std::as_const(pages))
            QTest::addRow("%s %s", qPrintable(language.code), qPrintable(page))
                << language.code << page;
    }
}

void TestMnemonics::pagesAndMenusDoNotClash()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    useLanguage(language);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    w.showPage(page);
    QTRY_VERIFY(w.page(page) && w.page(page)->isVisible() && w.page(page)->isLoaded());
    const QStringList clashes = MnemonicAudit::clashes(&w);
    QVERIFY2(clashes.isEmpty(), qPrintable(report(clashes)));
}

void TestMnemonics::preferencesDialogDoesNotClash_data()
{
    QTest::addColumn<QString>("language");
    for (const Languages::Language &language : Languages::available()) {
        if (!language.code.isEmpty())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestMnemonics::preferencesDialogDoesNotClash()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QStringList clashes;
    bool seen = false;
    // Preferences runs modal (exec): audit it from inside its event loop, then close it.
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        clashes = MnemonicAudit::clashes(dialog);
        dialog->reject();
    });
    w.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    QVERIFY(seen);
    QVERIFY2(clashes.isEmpty(), qPrintable(report(clashes)));
}

// Every tab of the QTabWidgets under TABSUNDER in turn (a hidden tab's letters do not count),
// audited in ROOT, the window the keys go to.
QStringList TestMnemonics::auditEveryTab(QWidget *root, QWidget *tabsUnder)
{
    QStringList clashes = MnemonicAudit::clashes(root);
    for (QTabWidget *tabs : tabsUnder->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(root))
            continue;
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &clash : MnemonicAudit::clashes(root))
                clashes << tabs->tabText(i) + u": "_s + clash;
        }
        tabs->setCurrentIndex(before);
    }
    clashes.removeDuplicates();
    return clashes;
}

// The editors and dialogs that open from the pages, tab by tab, and the pages' own tabs (the
// page test above sees only the tab a page opens on).
void TestMnemonics::editorsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("what");
    const QStringList what {u"projectsPageTabs"_s,   u"projectEditor"_s,  u"projectEditorOfDemo"_s,
                            u"interviewsPageTabs"_s, u"sessionEditor"_s,  u"sessionEditorOfDemo"_s,
                            u"applicationEditor"_s,  u"questionEditor"_s, u"drillDialog"_s,
                            u"csvImportDialog"_s,    u"profilePageTabs"_s};
    for (const Languages::Language &language : Languages::available()) {
        if (language.code.isEmpty())
            continue;
        for (const QString &w : what)
            QTest::addRow("%s %s", qPrintable(language.code), qPrintable(w)) << language.code << w;
    }
}

void TestMnemonics::editorsDoNotClash()
{
    QFETCH(QString, language);
    QFETCH(QString, what);
    useLanguage(language);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    const QString pageName = what.startsWith(u"project"_s) ? u"projectsPage"_s
        : what.startsWith(u"profile"_s)                    ? u"profilePage"_s
                                                           : u"interviewsPage"_s;
    w.showPage(pageName);
    QTRY_VERIFY(w.page(pageName) && w.page(pageName)->isVisible() && w.page(pageName)->isLoaded());
    Page *page = w.page(pageName);
    if (what.endsWith(u"PageTabs"_s)) {
        const QStringList clashes = auditEveryTab(&w, page);
        QVERIFY2(clashes.isEmpty(), qPrintable(report(clashes)));
        return;
    }
    auto *projects = qobject_cast<ProjectsPage *>(page);
    auto *interviews = qobject_cast<InterviewsPage *>(page);
    if (what == u"projectEditor"_s) {
        projects->addProject();
    } else if (what == u"projectEditorOfDemo"_s) {
        projects->editSelected();
    } else if (what == u"sessionEditor"_s) {
        interviews->logSession();
    } else if (what == u"sessionEditorOfDemo"_s) {
        // A real interview of an application: the fields a mock hides show.
        const InterviewSessionsModel *model = interviews->model();
        qint64 id = 0;
        for (int row = 0; row < model->rowCount() && id == 0; ++row) {
            if (model->session(row).applicationId > 0)
                id = model->session(row).id;
        }
        QVERIFY(id > 0);
        interviews->editSession(id);
    } else if (what == u"applicationEditor"_s) {
        interviews->applications()->addApplication();
    } else if (what == u"questionEditor"_s) {
        interviews->questionBank()->addQuestion();
    } else if (what == u"drillDialog"_s) {
        interviews->startDrill();
    } else if (what == u"csvImportDialog"_s) {
        const QString csv = m_dir.filePath(u"sessions.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("date,kind,format,company,role,self_score\n"
                "2026-01-05,mock,coding,,,4\n");
        f.close();
        Dialogs::queueFileName(csv);
        interviews->importCsv();
    }
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList clashes = auditEveryTab(dialog, dialog);
    dialog->reject();
    QVERIFY2(clashes.isEmpty(), qPrintable(report(clashes)));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
