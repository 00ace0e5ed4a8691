// Every page by keyboard alone (issue #13, item 6): Tab, from the navigation, reaches each
// visible, enabled control of the page (so each has a focus policy that takes Tab and shows
// focus), in reading order: down the page, and left to right along a row; a jump back up
// only to a column further right (a form beside a list), never back up and left. A control
// Tab cannot reach fails on every page; the order is still expected to fail on the pages listed
// in "known" below, until each is fixed with QWidget::setTabOrder.
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
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

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
        || qobject_cast<const QTabBar *>(w);
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

} // namespace

class TestTabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsWalkedInReadingOrder_data();
    void everyPageIsWalkedInReadingOrder();

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
    MainWindow w;
    for (const MainWindow::PageEntry &entry : w.pageEntries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

void TestTabOrder::everyPageIsWalkedInReadingOrder()
{
    QFETCH(QString, page);
    MainWindow w;
    w.resize(1200, 780);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_demo));
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded()); // the first page, shown once opened
    w.showPage(page);
    Page *shown = w.page(page);
    QTRY_VERIFY(shown && shown->isVisible() && shown->isLoaded());
    QCoreApplication::processEvents();

    // The page's controls, as the user sees them.
    QList<QWidget *> controls;
    for (QWidget *c : shown->findChildren<QWidget *>()) {
        if (c->isVisible() && c->isEnabled() && isControl(c))
            controls << c;
    }
    QVERIFY(!controls.isEmpty());

    // Tab from the navigation, as QWidget::focusNextPrevChild() moves, once round the window.
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    QList<QWidget *> walked;
    QWidget *at = nav;
    for (int guard = 0; guard < 5000; ++guard) {
        at = at->nextInFocusChain();
        if (at == nav)
            break;
        if (takesTab(at) && shown->isAncestorOf(at))
            walked << at;
    }

    QStringList problems;
    for (QWidget *c : std::as_const(controls)) {
        if (!walked.contains(c))
            problems << u"not reached by Tab: %1 (focus policy %2)"_s.arg(nameOf(c)).arg(
                int(c->focusPolicy()));
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 control(s) not reached by Tab, listed above"_s.arg(problems.size())));

    // A container that takes focus too (a scroll area) has no place of its own in the
    // reading order: its contents have.
    QList<QWidget *> ordered;
    for (QWidget *c : std::as_const(walked)) {
        if (std::none_of(walked.cbegin(), walked.cend(),
                         [c](const QWidget *o) { return o != c && c->isAncestorOf(o); }))
            ordered << c;
    }
    walked = ordered;
    problems.clear();
    const int tolerance = 12;
    for (qsizetype i = 1; i < walked.size(); ++i) {
        const QRect a(walked[i - 1]->mapTo(&w, QPoint()), walked[i - 1]->size());
        const QRect b(walked[i]->mapTo(&w, QPoint()), walked[i]->size());
        const int dy = b.center().y() - a.center().y();
        const bool down = dy > tolerance && b.top() > a.top() - tolerance;
        const bool sameRow = std::abs(dy) <= tolerance || b.top() == a.top();
        const bool right = b.left() > a.left() + tolerance;
        const bool ok = down || (sameRow && b.left() >= a.left() - tolerance) || right;
        if (!ok)
            problems << u"Tab goes back from %1 at (%2,%3) to %4 at (%5,%6)"_s
                            .arg(nameOf(walked[i - 1]))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(nameOf(walked[i]))
                            .arg(b.left())
                            .arg(b.top());
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    // Found when this test was written (the warnings above say where), to be fixed with
    // QWidget::setTabOrder in each page: expected to fail only while they fail, so a page
    // that is put right is held to it from then on.
    static const QStringList known
        = {u"dashboardPage"_s, u"skillsPage"_s,     u"certificationsPage"_s,
           u"projectsPage"_s,  u"interviewsPage"_s, u"jobMatchPage"_s};
    if (!problems.isEmpty() && known.contains(page))
        QEXPECT_FAIL("", "tab order not yet fixed on this page (issue #13, item 6)", Continue);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 tab order problem(s), listed above"_s.arg(problems.size())));
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
