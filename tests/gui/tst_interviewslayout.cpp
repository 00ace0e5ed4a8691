#include "common/dialogs.h"
#include "common/languages.h"
#include "common/page.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGraphicsTextItem>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Issue 11 (screenshots at 1024x640): the Interviews page's Applications tab made the page
// scroll, because its button row and the funnel asked for more than the window has, and in
// German the row's last buttons were cut. On every tab of the page, in English and German,
// the page fits the window (no scroll bar, either way) and no button or field is narrower
// than its text.
class TestInterviewsLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyTabFitsASmallScreen_data();
    void everyTabFitsASmallScreen();

private:
    static void useLanguage(const QString &code);

    QTemporaryDir m_dir;
};

void TestInterviewsLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_interviewslayout"_s);
    Dialogs::setTestMode(true);
}

void TestInterviewsLayout::cleanup()
{
    useLanguage(QString());
}

void TestInterviewsLayout::useLanguage(const QString &code)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Languages::setPreferred(code);
    Languages::install(QCoreApplication::instance());
}

void TestInterviewsLayout::everyTabFitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestInterviewsLayout::everyTabFitsASmallScreen()
{
    QFETCH(QString, language);
    useLanguage(language);
    QString error;
    const QString demo = m_dir.filePath(u"demo-%1.sqlite"_s.arg(language));
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    // A 1024x640 screen leaves about 1008x552 inside the window's frame.
    MainWindow w;
    w.resize(1008, 552);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(demo));
    // The window opens on its first page; then the user goes to Interviews.
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded());
    w.showPage(u"interviewsPage"_s, 0);
    Page *page = w.page(u"interviewsPage"_s);
    QVERIFY(page);
    QTRY_VERIFY(page->isLoaded());
    auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
    auto *scroll = stack ? qobject_cast<QScrollArea *>(stack->currentWidget()) : nullptr;
    QVERIFY(scroll && scroll->widget() == page);
    QTRY_VERIFY(page->isVisible());
    auto *tabs = page->findChild<QTabWidget *>(u"interviewTabs"_s);
    QVERIFY(tabs);

    QStringList problems;
    for (int t = 0; t < tabs->count(); ++t) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(t).center());
        QCOMPARE(tabs->currentIndex(), t);
        QCoreApplication::processEvents();
        const QString tab = tabs->tabText(t).remove(u'&');
        const QSize needed = page->minimumSizeHint().expandedTo(page->minimumSize());
        const QSize room = scroll->maximumViewportSize();
        if (needed.width() > room.width() || needed.height() > room.height())
            problems << u"%1: the page needs %2x%3 of %4x%5"_s.arg(tab)
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(room.width())
                            .arg(room.height());
        if (scroll->horizontalScrollBar()->isVisible() || scroll->verticalScrollBar()->isVisible())
            problems << u"%1: the page scrolls"_s.arg(tab);
        // Buttons and combos on the tab show their whole text, inside the page.
        QWidget *current = tabs->currentWidget();
        const QRect inside = page->rect();
        const auto controls = current->findChildren<QWidget *>();
        for (QWidget *c : controls) {
            if (!c->isVisible()
                || !(qobject_cast<QAbstractButton *>(c) || qobject_cast<QComboBox *>(c)))
                continue;
            if (c->parentWidget() && c->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            const QRect r(c->mapTo(page, QPoint(0, 0)), c->size());
            const QString name = c->objectName().isEmpty()
                ? QString::fromLatin1(c->metaObject()->className())
                : c->objectName();
            if (c->width() < c->minimumSizeHint().width())
                problems << u"%1: %2 is %3 px of %4"_s.arg(tab, name)
                                .arg(c->width())
                                .arg(c->minimumSizeHint().width());
            else if (!inside.contains(r))
                problems << u"%1: %2 is cut by the page's edge"_s.arg(tab, name);
        }
        // A chart's title is drawn whole, not elided to "...".
        for (QChartView *view : current->findChildren<QChartView *>()) {
            if (!view->isVisible() || !view->chart() || view->chart()->title().isEmpty())
                continue;
            const QString title = view->chart()->title();
            bool whole = false;
            for (QGraphicsItem *item : view->scene()->items()) {
                if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                    whole = whole || text->toPlainText() == title;
            }
            if (!whole)
                problems << u"%1: the chart title '%2' is cut"_s.arg(tab, title);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

QTEST_MAIN(TestInterviewsLayout)
#include "tst_interviewslayout.moc"
