#include "common/appearance.h"
#include "common/dialogs.h"
#include "common/languages.h"
#include "common/page.h"
#include "db/database.h"
#include "documentcontroller.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"
#include "skills/skillspage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;

static QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithTitleAndFirstPage();
    void eachNavigationEntryShowsItsPage();
    void keyboardShortcutsSwitchPages();
    void saveAsContinuesInTheCopy();
    void refusedFileKeepsTheCurrentWorkbench();
    void switchingWorkbenchKeepsAnEditInProgressInTheOldFile();
    void lastPageIsRestored();
    void withoutAWorkbenchOffersWhatToDo();
    void startReopensTheLastWorkbench();
    void appearanceSwitchesThePalette();
    void firstWindowFitsTheScreen_data();
    void firstWindowFitsTheScreen();
    void everyPageFitsASmallScreen();
    void noPageScrollsSidewaysInALongerLanguage_data();
    void noPageScrollsSidewaysInALongerLanguage();
    void projectTitlesAreReadableOnASmallScreen();
    void projectRowsStayCompactOnAWideScreen();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// The page the stack shows (each page sits in a scroll area).
static QString shownPage(QStackedWidget *stack)
{
    QWidget *w = stack->currentWidget();
    if (auto *scroll = qobject_cast<QScrollArea *>(w))
        w = scroll->widget();
    return w ? w->objectName() : QString();
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    Dialogs::setTestMode(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
    m_path = m_dir.filePath(u"workbench-%1.sqlite"_s.arg(QTest::currentTestFunction()));
}

// Issue 9, broken 2: the first window was always 1200x780, taller than a 720 or 768 px screen.
void TestMainWindow::firstWindowFitsTheScreen_data()
{
    QTest::addColumn<QSize>("available");
    QTest::newRow("full HD") << QSize(1920, 1040);
    QTest::newRow("1366x768") << QSize(1366, 728);
    QTest::newRow("1280x720") << QSize(1280, 680);
    QTest::newRow("1024x640") << QSize(1024, 600);
}

void TestMainWindow::firstWindowFitsTheScreen()
{
    QFETCH(QSize, available);
    const QSize size = MainWindow::firstSize(available);
    // With the frame and title bar added, it still fits.
    QVERIFY2(size.width() + 16 <= available.width() && size.height() + 48 <= available.height(),
             qPrintable(u"%1x%2"_s.arg(size.width()).arg(size.height())));
    QVERIFY(size.width() <= 1200 && size.height() <= 780);
    if (available.width() >= 1300 && available.height() >= 900)
        QCOMPARE(size, QSize(1200, 780));
    // A real first window asks for that size on its screen.
    MainWindow w;
    const QSize screen = w.screen()->availableGeometry().size();
    QCOMPARE(w.size(), MainWindow::firstSize(screen).expandedTo(w.minimumSize()));
}

// A 1024x640 screen leaves about 1008x552 inside the frame: no page, with the demo's data and
// an item chosen, may ask the window for more (a taller window hides its own status bar).
void TestMainWindow::everyPageFitsASmallScreen()
{
    QString error;
    const QString demo = m_dir.filePath(u"small-screen-demo.sqlite"_s);
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    MainWindow w;
    w.resize(1008, 552);
    w.show();
    QVERIFY(w.openWorkbench(demo));
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    QStringList tooBig;
    for (int i = 0; i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        QTRY_VERIFY(w.page(i) && w.page(i)->isLoaded());
        // Choose the first item of the page's main view, so that its details show.
        if (auto *view = w.page(i)->findChild<QAbstractItemView *>()) {
            QModelIndex first = view->model() ? view->model()->index(0, 0) : QModelIndex();
            if (first.isValid() && view->model()->hasChildren(first))
                first = view->model()->index(0, 0, first);
            if (first.isValid())
                view->setCurrentIndex(first);
        }
        QCoreApplication::processEvents();
        const QSize needed = w.minimumSizeHint().expandedTo(w.minimumSize());
        if (needed.width() > 1008 || needed.height() > 552)
            tooBig << u"%1 needs %2x%3"_s.arg(w.page(i)->objectName())
                          .arg(needed.width())
                          .arg(needed.height());
    }
    QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(u"; "_s)));
}

// Issue 9 (screenshots at 1024x640 in German): the Skills and Certifications toolbars were wider
// than the window, so the page scrolled sideways, the filter shrank to "Fähi…" and the last
// buttons were cut off. Issue 13 (the same in Spanish): the Interviews toolbar and filters
// pushed "Exportar CSV..." and the "hasta" date out of the window. In the longer shipped
// languages every page fits the window's width.
void TestMainWindow::noPageScrollsSidewaysInALongerLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("German") << u"de"_s << u"&Datei"_s;
    QTest::newRow("Spanish") << u"es"_s << u"&Archivo"_s;
}

void TestMainWindow::noPageScrollsSidewaysInALongerLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    auto useLanguage = [](const QString &code) {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        Languages::setPreferred(code);
        Languages::install(QCoreApplication::instance());
    };
    useLanguage(language);
    QString error;
    const QString demo = m_dir.filePath(u"%1-demo.sqlite"_s.arg(language));
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    QStringList tooWide;
    {
        MainWindow w;
        w.resize(1008, 552);
        w.show();
        QVERIFY(w.openWorkbench(demo));
        QCOMPARE(w.menuBar()->actions().first()->text(), fileMenu); // the language is in use
        auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
        auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(nav && stack);
        for (int i = 0; i < nav->count(); ++i) {
            nav->setCurrentRow(i);
            QTRY_VERIFY(w.page(i) && w.page(i)->isLoaded());
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(stack->currentWidget());
            QVERIFY(scroll && scroll->widget());
            const int needed = scroll->widget()->minimumSizeHint().width();
            if (needed > scroll->viewport()->width())
                tooWide << u"%1 needs %2 px of %3"_s.arg(w.page(i)->objectName())
                               .arg(needed)
                               .arg(scroll->viewport()->width());
        }
    }
    useLanguage(QString());
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u"; "_s)));
}

// Issue 9/10 (screenshots at 1024x640): the Projects list cut titles to "Shipment delay ri...",
// because the title and the result line shared the room. The title column now holds the
// titles (up to 28 characters); the result line scrolls.
void TestMainWindow::projectTitlesAreReadableOnASmallScreen()
{
    QString error;
    const QString demo = m_dir.filePath(u"projects-demo.sqlite"_s);
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    MainWindow w;
    w.resize(1008, 552);
    w.show();
    QVERIFY(w.openWorkbench(demo));
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    nav->setCurrentRow(3);
    QTRY_VERIFY(w.page(3) && w.page(3)->isLoaded());
    QCOMPARE(w.page(3)->objectName(), u"projectsPage"_s);
    auto *table = w.page(3)->findChild<QTableView *>();
    QVERIFY(table && table->model()->rowCount() > 0);
    QCoreApplication::processEvents();
    const int cap = table->fontMetrics().averageCharWidth() * 28;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex i = table->model()->index(r, 0);
                if (table->columnWidth(0) < std::min(table->sizeHintForIndex(i).width(), cap))
                    return false;
            }
            return true;
        }(),
        qPrintable(u"title column %1 px"_s.arg(table->columnWidth(0))), 2000);
}

// Issue 9 (re-check at 1280x720): with titles wrapping, the result preview beside them wrapped
// too, over up to five lines, and every row grew tall. The preview stays on one line.
void TestMainWindow::projectRowsStayCompactOnAWideScreen()
{
    QString error;
    const QString demo = m_dir.filePath(u"projects-wide.sqlite"_s);
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    MainWindow w;
    w.resize(1264, 664);
    w.show();
    QVERIFY(w.openWorkbench(demo));
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    nav->setCurrentRow(3);
    QTRY_VERIFY(w.page(3) && w.page(3)->isLoaded());
    auto *table = w.page(3)->findChild<QTableView *>(u"projectsTable"_s);
    QVERIFY(table && table->model()->rowCount() > 0);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(!table->isColumnHidden(3)); // the preview has room here
    const int limit = 3 * table->fontMetrics().height();
    QStringList tall;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->rowHeight(r) >= limit)
            tall << u"%1 (%2 px)"_s.arg(table->model()->index(r, 0).data().toString())
                        .arg(table->rowHeight(r));
    }
    QVERIFY2(tall.isEmpty(), qPrintable(tall.join(u"; "_s)));
}

void TestMainWindow::opensWithTitleAndFirstPage()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_path));
    QVERIFY(w.windowTitle().contains(u"Career Workbench"_s));
    QVERIFY(w.windowTitle().contains(QFileInfo(m_path).fileName()));
    auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(stack);
    QTRY_COMPARE(shownPage(stack), u"dashboardPage"_s);
    QTRY_VERIFY(w.page(u"dashboardPage"_s)->isLoaded());
    // Pages not shown yet have not loaded anything: start-up stays fast.
    QVERIFY(!w.page(u"interviewsPage"_s)->isLoaded());
}

void TestMainWindow::eachNavigationEntryShowsItsPage()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkbench(m_path));
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(nav && stack);
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded());
    const QStringList expected
        = {u"dashboardPage"_s,  u"skillsPage"_s,  u"certificationsPage"_s, u"projectsPage"_s,
           u"interviewsPage"_s, u"profilePage"_s, u"reportsPage"_s,        u"jobMatchPage"_s};
    QCOMPARE(nav->count(), expected.size());
    for (int i = expected.size() - 1; i >= 0; --i) {
        const QRect r = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(shownPage(stack), expected[i]);
        QVERIFY(w.page(i)->isLoaded());
        QVERIFY(stack->currentWidget()->isVisible());
    }
}

void TestMainWindow::keyboardShortcutsSwitchPages()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_path));
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded());
    auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(shownPage(stack), u"projectsPage"_s);
    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    QTRY_COMPARE(shownPage(stack), u"jobMatchPage"_s);
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(shownPage(stack), u"dashboardPage"_s);
}

void TestMainWindow::saveAsContinuesInTheCopy()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkbench(m_path));
    const QString copy = m_dir.filePath(u"saved-copy.sqlite"_s);
    Dialogs::queueFileName(copy);
    w.findChild<QAction *>(u"saveAsAction"_s)->trigger();
    QCOMPARE(Dialogs::takeMessages(), QStringList());
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(w.document()->path(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(w.windowTitle().contains(u"saved-copy.sqlite"_s));
}

void TestMainWindow::refusedFileKeepsTheCurrentWorkbench()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkbench(m_path));
    const QString bogus = m_dir.filePath(u"notes.txt"_s);
    {
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
    }
    const QByteArray before = hashOf(bogus);
    Dialogs::queueFileName(bogus);
    w.document()->openWorkbench();
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"notes.txt"_s), qPrintable(messages.first()));
    QCOMPARE(w.document()->path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(w.document()->database()->isOpen());
    QCOMPARE(hashOf(bogus), before);
}

void TestMainWindow::switchingWorkbenchKeepsAnEditInProgressInTheOldFile()
{
    MainWindow w;
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openWorkbench(m_path));
    w.showPage(u"skillsPage"_s);
    QTRY_VERIFY(w.page(u"skillsPage"_s)->isLoaded());
    qint64 skill = 0;
    {
        QSqlQuery q(w.document()->database()->connection());
        QVERIFY(q.exec(u"SELECT id FROM skills ORDER BY id LIMIT 1"_s) && q.next());
        skill = q.value(0).toLongLong();
    }
    auto *skills = qobject_cast<SkillsPage *>(w.page(u"skillsPage"_s));
    QVERIFY(skills);
    skills->selectSkill(skill);
    auto *notes = skills->findChild<QPlainTextEdit *>(u"skillNotesEdit"_s);
    QVERIFY(notes && notes->isVisible());
    notes->setFocus();
    QTRY_VERIFY(notes->hasFocus());
    QTest::keyClicks(notes, u"typed before switching"_s);

    // File > Open of another workbench while the notes are still being typed: the pages
    // built for the first file finish with it before it is closed, and nothing of the first
    // file is left on the undo stack of the second.
    const QString other = m_dir.filePath(u"other.sqlite"_s);
    const QPointer<SkillsPage> oldPage = skills;
    QVERIFY(w.openWorkbench(other));
    // No fixed wait: the old pages are gone (and with them the first file) once deleted.
    QTRY_VERIFY(oldPage.isNull());
    QCoreApplication::processEvents();
    QCOMPARE(Dialogs::takeMessages(), QStringList());
    QCOMPARE(w.undoStack()->count(), 0);
    QCOMPARE(w.document()->path(), QFileInfo(other).absoluteFilePath());

    Database first;
    QVERIFY2(first.open(m_path), qPrintable(first.error()));
    QSqlQuery q(first.connection());
    q.prepare(u"SELECT notes FROM skills WHERE id = ?"_s);
    q.addBindValue(skill);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"typed before switching"_s);
}

void TestMainWindow::lastPageIsRestored()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbench(m_path));
        QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded());
        w.showPage(u"reportsPage"_s);
        w.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(again.openWorkbench(m_path));
    QTRY_COMPARE(again.currentPage(), again.pageIndex(u"reportsPage"_s));
}

void TestMainWindow::withoutAWorkbenchOffersWhatToDo()
{
    MainWindow w;
    w.show();
    auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
    QCOMPARE(shownPage(stack), u"noWorkbench"_s);
    QVERIFY(!w.findChild<QListWidget *>(u"navigation"_s)->isEnabled());
    // A refused file at start leaves the window usable, with the reason shown.
    const QString bogus = m_dir.filePath(u"start.txt"_s);
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    QVERIFY(!w.openWorkbench(bogus));
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(shownPage(stack), u"noWorkbench"_s);
}

void TestMainWindow::startReopensTheLastWorkbench()
{
    {
        MainWindow w;
        QVERIFY(w.openWorkbench(m_path));
    }
    QCOMPARE(MainWindow::startupPath(), QFileInfo(m_path).absoluteFilePath());
    QFile::remove(m_path);
    QCOMPARE(MainWindow::startupPath(), Database::defaultPath());
}

void TestMainWindow::appearanceSwitchesThePalette()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Appearance::apply(app, Appearance::Mode::Dark);
    QVERIFY(Appearance::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
    Appearance::apply(app, Appearance::Mode::Light);
    QVERIFY(!Appearance::isDark());
    Appearance::store(Appearance::Mode::Dark);
    QCOMPARE(Appearance::stored(), Appearance::Mode::Dark);
    Appearance::store(Appearance::Mode::System);
    QCOMPARE(Appearance::stored(), Appearance::Mode::System);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
