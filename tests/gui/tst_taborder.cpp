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

// A label that shows a link is a control: the link must be reached by Tab.
bool isLinkLabel(const QWidget *w)
{
    const auto *label = qobject_cast<const QLabel *>(w);
    return label && label->textFormat() != Qt::PlainText
        && label->text().contains(u"<a "_s, Qt::CaseInsensitive);
}

// What a user would expect Tab to reach: the controls themselves, not their inner parts (the
// edit inside a spin box or combo box, the viewport and editors of a list, scroll bars).
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p))
            return false;
    }
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w) || isLinkLabel(w);
}

// Whether Tab can stop at W (what QWidget::focusNextPrevChild() asks).
bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() && w->isEnabled()
        && !w->focusProxy();
}

QString nameOf(const QWidget *w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()),
                              w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
}

// The stops of one round of Tab presses from the navigation back to it, and the traps met.
struct Walk
{
    QList<QWidget *> stops;
    QStringList traps;
};

Walk pressTabRound(QWidget *nav)
{
    Walk walk;
    nav->setFocus(Qt::TabFocusReason);
    QWidget *at = QApplication::focusWidget();
    if (at != nav) {
        walk.traps << u"the navigation cannot take focus"_s;
        return walk;
    }
    int stayed = 0;
    for (int guard = 0; guard < 2000; ++guard) {
        QTest::keyClick(at, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == at) {
            // A date field steps through its sections before it lets go, a label through its
            // links.
            const auto *date = qobject_cast<const QDateTimeEdit *>(at);
            const int parts = date ? date->sectionCount()
                : isLinkLabel(at)  ? int(qobject_cast<QLabel *>(at)->text().count(u"<a "_s)) + 1
                                   : 1;
            if (++stayed < parts)
                continue;
            walk.traps << u"Tab stays in %1"_s.arg(nameOf(at));
            // Go on from where Tab should have gone, to find what else is wrong.
            now = at->nextInFocusChain();
            while (now != nav && !takesTab(now))
                now = now->nextInFocusChain();
            now->setFocus(Qt::TabFocusReason);
        }
        if (!now) {
            walk.traps << u"Tab from %1 leaves the window"_s.arg(nameOf(at));
            break;
        }
        stayed = 0;
        at = now;
        if (at == nav)
            break;
        walk.stops << at;
    }
    return walk;
}

// What is wrong with Tab on PAGE as it is shown now (the window W, its navigation NAV).
// Lets the layouts of W settle: a row that wraps (WrappingRow) asks its parent for more height
// only after it has been laid out, which takes a few rounds of posted layout requests.
void settleLayouts(QWidget *w)
{
    QList<QRect> before;
    for (int round = 0; round < 20; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QList<QRect> now;
        for (const QWidget *c : w->findChildren<QWidget *>())
            now << QRect(c->mapTo(w, QPoint()), c->size());
        if (now == before)
            return;
        before = now;
    }
}

QStringList tabProblems(QWidget *w, QWidget *nav, QWidget *page)
{
    settleLayouts(w);
    QList<QWidget *> controls;
    for (QWidget *c : page->findChildren<QWidget *>()) {
        if (c->isVisible() && c->isEnabled() && isControl(c))
            controls << c;
    }
    if (controls.isEmpty())
        return {u"no control shown"_s};

    const Walk walk = pressTabRound(nav);
    QStringList problems = walk.traps;
    QList<QWidget *> walked;
    for (QWidget *c : walk.stops) {
        if (page->isAncestorOf(c))
            walked << c;
    }
    for (QWidget *c : std::as_const(controls)) {
        if (!walked.contains(c))
            problems << u"not reached by Tab: %1 (focus policy %2)"_s.arg(nameOf(c)).arg(
                int(c->focusPolicy()));
    }

    // A container that takes focus too (a scroll area) has no place of its own in the
    // reading order: its contents have.
    QList<QWidget *> ordered;
    for (QWidget *c : std::as_const(walked)) {
        if (std::none_of(walked.cbegin(), walked.cend(),
                         [c](const QWidget *o) { return o != c && c->isAncestorOf(o); }))
            ordered << c;
    }
    const int tolerance = 12;
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QRect a(ordered[i - 1]->mapTo(w, QPoint()), ordered[i - 1]->size());
        const QRect b(ordered[i]->mapTo(w, QPoint()), ordered[i]->size());
        const int dy = b.center().y() - a.center().y();
        const bool down = dy > tolerance && b.top() > a.top() - tolerance;
        const bool sameRow = std::abs(dy) <= tolerance || b.top() == a.top();
        const bool right = b.left() > a.left() + tolerance;
        const bool ok = down || (sameRow && b.left() >= a.left() - tolerance) || right;
        if (!ok)
            problems << u"Tab goes back from %1 at (%2,%3) to %4 at (%5,%6)"_s
                            .arg(nameOf(ordered[i - 1]))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(nameOf(ordered[i]))
                            .arg(b.left())
                            .arg(b.top());
    }
    return problems;
}

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
