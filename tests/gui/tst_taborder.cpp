// Every page by keyboard alone (issue #13, item 6). Pressing Tab from the navigation, as a
// user does:
// - reaches each visible, enabled control of the page (so each has a focus policy that takes
//   Tab and shows focus; a link in a label too);
// - leaves each control on the next press (no trap: a table that walks its cells, a text
//   field that types a tab); a date field may first step through its sections;
// - goes in reading order: down the page, and left to right along a row; a jump back up only
//   to a column further right (a form beside a list), never back up and left. The toolbar
//   comes before the content below it.
// Checked on every page at two window sizes, on each tab of the page's tab widgets, and with
// the first item of each list chosen (which shows the panels that depend on a choice).
#include "common/dialogs.h"
#include "common/page.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"
#include "tabwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using namespace TabWalk;

// Chooses the first item (the first leaf, in a tree) of VIEW; false if it has none.
bool chooseFirstItem(QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return false;
    QModelIndex index = model->index(0, 0);
    while (model->rowCount(index) > 0)
        index = model->index(0, 0, index);
    view->setCurrentIndex(index);
    return true;
}

} // namespace

class TestTabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsWalkedInReadingOrder_data();
    void everyPageIsWalkedInReadingOrder();
    void testFindsAWrongOrderAndATrap();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTabOrder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_taborder"_s);
    Dialogs::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.cwbench"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_demo, &error), qPrintable(error));
}

void TestTabOrder::everyPageIsWalkedInReadingOrder_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QSize>("size");
    MainWindow w;
    for (const QSize size : {QSize(1200, 780), QSize(1024, 640)}) {
        for (const MainWindow::PageEntry &entry : w.pageEntries())
            QTest::addRow("%s %dx%d", qPrintable(entry.name), size.width(), size.height())
                << entry.name << size;
    }
}

void TestTabOrder::everyPageIsWalkedInReadingOrder()
{
    QFETCH(QString, page);
    QFETCH(QSize, size);
    MainWindow w;
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded()); // the first page, shown once opened
    w.showPage(page);
    Page *shown = w.page(page);
    QTRY_VERIFY(shown && shown->isVisible() && shown->isLoaded());
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);

    QStringList problems;
    auto check = [&](const QString &state) {
        // What a user sees: the layouts settled (a toolbar that wraps when first shown grows
        // its parent one posted layout request later).
        QCoreApplication::processEvents();
        for (const QString &p : tabProblems(&w, nav, shown))
            problems << u"%1: %2"_s.arg(state, p);
    };
    check(u"as opened"_s);
    // Each tab of each tab widget shown.
    for (QTabWidget *tabs : shown->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == was || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            check(u"tab \"%1\""_s.arg(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(was);
    }
    // With the first item of each list chosen: the details beside a list appear.
    bool chose = false;
    for (QAbstractItemView *view : shown->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && chooseFirstItem(view))
            chose = true;
    }
    if (chose)
        check(u"with the first item of each list chosen"_s);

    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 Tab problem(s), listed above"_s.arg(problems.size())));
}

// The checks above fail where a user would notice: a control created after the others comes
// last in Tab's order however high up it stands, and a table that walks its cells holds Tab.
void TestTabOrder::testFindsAWrongOrderAndATrap()
{
    QWidget window;
    auto *nav = new QListWidget(&window);
    nav->setObjectName(u"navigation"_s);
    nav->setGeometry(0, 0, 100, 300);
    auto *page = new QWidget(&window);
    page->setGeometry(100, 0, 400, 300);
    auto *table = new QTableView(page);
    table->setGeometry(0, 40, 400, 260);
    auto *button = new QPushButton(u"Add"_s, page); // created last, shown on top
    button->setGeometry(0, 0, 80, 30);
    window.resize(500, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QStringList problems = tabProblems(&window, nav, page);
    QVERIFY2(problems.join(u'\n').contains(u"Tab goes back from QTableView"_s),
             qPrintable(problems.join(u'\n')));

    QStandardItemModel model(3, 3);
    table->setModel(&model);
    table->setTabKeyNavigation(true);
    QWidget::setTabOrder(button, table);
    problems = tabProblems(&window, nav, page);
    QVERIFY2(problems.join(u'\n').contains(u"Tab stays in QTableView"_s),
             qPrintable(problems.join(u'\n')));

    table->setTabKeyNavigation(false);
    QCOMPARE(tabProblems(&window, nav, page), QStringList());
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
