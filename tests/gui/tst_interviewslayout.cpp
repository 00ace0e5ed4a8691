#include "common/dialogs.h"
#include "common/languages.h"
#include "common/page.h"
#include "interviews/applicationsview.h"
#include "interviews/interviewcharts.h"
#include "interviews/interviewspage.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>

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
    void progressChartsAreReadable_data();
    void progressChartsAreReadable();
    void longApplicationNamesAreReadable();

private:
    static void useLanguage(const QString &code);
    // Opens DEMO in W at the size a 1024x640 screen leaves and goes to the Interviews page.
    static InterviewsPage *openInterviews(MainWindow &w, const QString &demo);

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

InterviewsPage *TestInterviewsLayout::openInterviews(MainWindow &w, const QString &demo)
{
    w.resize(1008, 552);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || !w.openWorkbench(demo))
        return nullptr;
    if (!QTest::qWaitFor([&w] { return w.page(0) && w.page(0)->isLoaded(); }))
        return nullptr;
    w.showPage(u"interviewsPage"_s, 0);
    auto *page = qobject_cast<InterviewsPage *>(w.page(u"interviewsPage"_s));
    if (!page || !QTest::qWaitFor([page] { return page->isLoaded() && page->isVisible(); }))
        return nullptr;
    return page;
}

namespace {
// The texts a chart shows: its visible text items (title, axis labels, legend).
QStringList shownTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            if (text->isVisible() && !text->toPlainText().isEmpty())
                texts << text->toPlainText();
    }
    return texts;
}
} // namespace

void TestInterviewsLayout::progressChartsAreReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

// Issue 11, the Progress tab at 1024x640: four charts in a quarter of the tab each showed
// "..." for their value labels, every other topic and format name, and a plot a few lines
// high. Each chart, as the user picks it, shows every category name and value label whole,
// in a plot at least 40% of the chart's height.
void TestInterviewsLayout::progressChartsAreReadable()
{
    QFETCH(QString, language);
    useLanguage(language);
    QString error;
    const QString demo = m_dir.filePath(u"charts-%1.sqlite"_s.arg(language));
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    MainWindow w;
    InterviewsPage *page = openInterviews(w, demo);
    QVERIFY(page);
    auto *tabs = page->findChild<QTabWidget *>(u"interviewTabs"_s);
    QVERIFY(tabs);
    InterviewCharts *charts = page->charts();
    tabs->setCurrentWidget(charts);
    QTRY_VERIFY(charts->isVisible());
    auto *choice = charts->findChild<QComboBox *>(u"chartChoiceCombo"_s);
    QVERIFY(choice && choice->isVisible());
    QCOMPARE(choice->count(), int(InterviewCharts::ChartCount));

    QStringList problems;
    for (int c = 0; c < choice->count(); ++c) {
        choice->setCurrentIndex(c);
        const auto chart = InterviewCharts::Chart(choice->currentData().toInt());
        QChartView *view = charts->view(chart);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible() && view->chart() && !view->chart()->series().isEmpty());
        QCoreApplication::processEvents();
        const QString name = choice->currentText();
        // The format choice belongs to the score chart only.
        const bool formatShown = charts->findChild<QComboBox *>(u"chartFormatCombo"_s)->isVisible();
        if (formatShown != (chart == InterviewCharts::ScoreOverTime))
            problems << u"%1: the format choice is %2"_s.arg(
                name, formatShown ? u"shown"_s : u"hidden"_s);
        const QStringList texts = shownTexts(view);
        for (const QString &t : texts)
            if (t.contains(u"..."_s))
                problems << u"%1: a label is cut to '%2'"_s.arg(name, t);
        for (QAbstractAxis *axis : view->chart()->axes()) {
            auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
            if (!categories)
                continue;
            for (const QString &category : categories->categories()) {
                QTextDocument plain;
                plain.setHtml(category);
                if (!texts.contains(plain.toPlainText()))
                    problems << u"%1: the label '%2' is not shown"_s.arg(name, plain.toPlainText());
            }
        }
        const QRectF plot = view->chart()->plotArea();
        if (plot.height() < view->height() * 0.4)
            problems << u"%1: the plot is %2 px high in a chart of %3"_s.arg(name)
                            .arg(plot.height())
                            .arg(view->height());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

// Issue 11: a long company and role ended in "..." in the pipeline, with no way to read the
// rest. The row wraps to show all of it, and its tooltip gives the name as plain text.
void TestInterviewsLayout::longApplicationNamesAreReadable()
{
    useLanguage(u"en"_s);
    QString error;
    const QString demo = m_dir.filePath(u"long-names.sqlite"_s);
    QVERIFY2(DemoWorkbench::create(demo, &error), qPrintable(error));
    const QString company = u"Northwind Bayesian Logistics & Supply Chain Intelligence GmbH"_s;
    const QString role = u"Senior Machine Learning Engineer, Forecasting <b>Platform</b>"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rename"_s);
        db.setDatabaseName(demo);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"UPDATE applications SET company = ?, role = ? WHERE stage = "
                          "'technical'"_s));
        q.addBindValue(company);
        q.addBindValue(role);
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"rename"_s);
    MainWindow w;
    InterviewsPage *page = openInterviews(w, demo);
    QVERIFY(page);
    auto *tabs = page->findChild<QTabWidget *>(u"interviewTabs"_s);
    auto *tree = page->findChild<QTreeWidget *>(u"applicationsTree"_s);
    QVERIFY(tabs && tree);
    tabs->setCurrentWidget(page->findChild<ApplicationsView *>());
    QTRY_VERIFY(tree->isVisible());
    QCoreApplication::processEvents();
    const QString name = u"%1, %2"_s.arg(company, role);
    const QList<QTreeWidgetItem *> found
        = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QTreeWidgetItem *item = found.first();
    QVERIFY(!item->parent()->isHidden() && item->parent()->isExpanded());
    // The width the first column leaves for the text, less the style's margins.
    const QRect rect = tree->visualItemRect(item);
    const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int width = tree->header()->sectionViewportPosition(0) + tree->header()->sectionSize(0)
        - rect.left() - margin;
    QVERIFY(tree->fontMetrics().horizontalAdvance(name) > width); // it does not fit on one line
    const int needed = tree->fontMetrics()
                           .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, name)
                           .height();
    QVERIFY2(
        rect.height() >= needed,
        qPrintable(u"the row is %1 px high, its text needs %2"_s.arg(rect.height()).arg(needed)));
    QTextDocument tip;
    tip.setHtml(item->toolTip(0));
    QCOMPARE(tip.toPlainText(), name);
}

QTEST_MAIN(TestInterviewsLayout)
#include "tst_interviewslayout.moc"
