#include "certifications/certificationsmodel.h"
#include "common/dialogs.h"
#include "common/languages.h"
#include "common/page.h"
#include "io/demoworkbench.h"
#include "mainwindow.h"

#include <QAbstractBarSeries>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

// Issue 9 (screenshots at 1024x640): Skills, Certifications, Profile and Job Match asked for
// 566 to 887 px of height where a 1024x640 screen leaves about 552 for the whole window, so
// their bottom (the charts, the study log, the last fields) was out of sight and the page
// scrolled. Every page, on the demo and on a new workbench, in every shipped language, fits
// the window's page area at 1008x552: it neither scrolls up and down nor sideways, and the
// height it asks for is no more than it is given.
// Issue 9 and 13 (Spanish at 1024x640): what a page shows whole is not cut. A column of the
// page that scrolls (the Reports settings) does not scroll sideways; a stage's name and date
// are whole (a long name takes a second line); so is each certification's name in the table
// and in the break-even chart's legend, and every chart's title.
static QStringList cutTexts(Page *page)
{
    QStringList problems;
    const QString name = page->objectName();
    for (QScrollArea *area : page->findChildren<QScrollArea *>()) {
        if (area->isVisible() && area->horizontalScrollBar()->isVisible())
            problems << u"%1: %2 scrolls sideways"_s.arg(name, area->objectName());
    }
    const auto wholeLabel = [&](QLabel *label, const QString &what) {
        if (!label->isVisible())
            return;
        const bool elided = label->text().contains(QChar(0x2026));
        // Wrapped: every line shows (and no word is wider than the label).
        const QStringList words = label->text().split(u' ', Qt::SkipEmptyParts);
        const bool tooShort = label->wordWrap()
            && (label->heightForWidth(label->contentsRect().width())
                    > label->contentsRect().height()
                || std::any_of(words.cbegin(), words.cend(), [label](const QString &word) {
                       return label->fontMetrics().horizontalAdvance(word)
                           > label->contentsRect().width();
                   }));
        const bool tooNarrow = !label->wordWrap()
            && label->fontMetrics().horizontalAdvance(label->text())
                > label->contentsRect().width();
        if (elided || tooShort || tooNarrow)
            problems << u"%1: %2 '%3' is cut"_s.arg(name, what, label->text());
    };
    if (QWidget *stages = page->findChild<QWidget *>(u"stageProgress"_s)) {
        for (QLabel *label : stages->findChildren<QLabel *>()) {
            if (label->objectName().isEmpty()) // the stages' names, not the overall line
                wholeLabel(label, u"the stage"_s);
        }
    }
    // Names in a list are whole: on one line, or on as many lines as their row is tall.
    const auto wholeCells = [&](const QString &viewName, int column, const QString &what) {
        auto *view = page->findChild<QAbstractItemView *>(viewName);
        if (!view || !view->isVisible())
            return;
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *table = qobject_cast<QTableView *>(view);
        const bool wraps = (tree && tree->wordWrap()) || (table && table->wordWrap());
        const int margin
            = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
            for (int r = 0; r < view->model()->rowCount(parent); ++r) {
                const QModelIndex index = view->model()->index(r, column, parent);
                const QRect rect = view->visualRect(index);
                const QString text = index.data().toString();
                if (!rect.isEmpty() && !text.isEmpty()) {
                    const QVariant font = index.data(Qt::FontRole);
                    const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : view->font());
                    const QRect need
                        = metrics.boundingRect(QRect(0, 0, rect.width() - margin, 10000),
                                               wraps ? Qt::TextWordWrap : 0, text);
                    if (need.width() > rect.width() - margin || need.height() > rect.height())
                        problems << u"%1: %2 '%3' is cut"_s.arg(name, what, text);
                }
                const QModelIndex first = index.siblingAtColumn(0);
                if (tree && tree->isExpanded(first))
                    check(first);
            }
        };
        check({});
    };
    wholeCells(u"certificationsTable"_s, 0, u"the certification"_s);
    wholeCells(u"skillsTree"_s, 0, u"the skill"_s);
    wholeCells(u"projectsTable"_s, 0, u"the project"_s);
    wholeCells(u"postingsTable"_s, 0, u"the posting"_s);
    wholeCells(u"postingsTable"_s, 1, u"the company"_s);
    wholeCells(u"requirementsTable"_s, 2, u"the matching skill"_s);
    // A date left unset reads whole ("Nicht festgelegt" was cut to "Nicht festgeleg").
    for (QDateEdit *edit : page->findChildren<QDateEdit *>()) {
        auto *line = edit->findChild<QLineEdit *>();
        if (!edit->isVisible() || !line || edit->specialValueText().isEmpty()
            || edit->date() != edit->minimumDate())
            continue;
        if (line->fontMetrics().horizontalAdvance(edit->specialValueText())
            > line->contentsRect().width())
            problems << u"%1: the date '%2' is cut"_s.arg(name, edit->specialValueText());
    }
    if (auto *chart = page->findChild<QChartView *>(u"breakEvenChartView"_s);
        chart && chart->isVisible()) {
        QStringList lines;
        for (QAbstractSeries *series : chart->chart()->series()) {
            if (!series->name().isEmpty())
                lines << series->name();
        }
        const auto legend = page->findChildren<QLabel *>(u"legendName"_s);
        if (legend.size() != lines.size())
            problems << u"%1: the break-even legend has %2 names for %3 lines"_s.arg(name)
                            .arg(legend.size())
                            .arg(lines.size());
        for (QLabel *label : legend)
            wholeLabel(label, u"the legend's name"_s);
    }
    // The ROI chart's names are drawn whole, each on its own line above its bar, not cut to
    // "AWS Certifie..." on the axis.
    if (auto *roi = page->findChild<QChartView *>(u"roiChartView"_s); roi && roi->isVisible()) {
        QList<QRectF> taken; // the names so far, and every other text drawn (the title)
        int names = 0;
        for (QGraphicsItem *item : roi->scene()->items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->objectName() != "roiBarName"_L1
                && !text->toPlainText().isEmpty() && text->defaultTextColor().alpha() > 0)
                taken << text->sceneBoundingRect();
        }
        for (QGraphicsItem *item : roi->scene()->items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (!text || text->objectName() != "roiBarName"_L1)
                continue;
            const QRectF box = text->sceneBoundingRect();
            if (!text->isVisible() || text->toPlainText() != text->toolTip()
                || !roi->sceneRect().contains(box)
                || box.right() > roi->chart()->plotArea().right())
                problems << u"%1: the ROI chart's name '%2' is cut"_s.arg(name, text->toolTip());
            for (const QRectF &other : std::as_const(taken)) {
                if (other.intersects(box))
                    problems << u"%1: the ROI chart's name '%2' overlaps another"_s.arg(
                        name, text->toolTip());
            }
            taken << box;
            ++names;
        }
        int bars = 0;
        for (QAbstractSeries *series : roi->chart()->series()) {
            if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series))
                bars += barSeries->barSets().isEmpty() ? 0 : barSeries->barSets().first()->count();
        }
        if (names != bars)
            problems
                << u"%1: the ROI chart names %2 of its %3 bars whole"_s.arg(name).arg(names).arg(
                       bars);
    }
    // No text of a chart is cut short: the break-even chart's axis title read "Valor n...".
    for (QChartView *view : page->findChildren<QChartView *>()) {
        if (!view->isVisible())
            continue;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText().endsWith(u"..."_s))
                problems << u"%1: %2 shows '%3'"_s.arg(name, view->objectName(),
                                                       text->toPlainText());
        }
    }
    // A chart's title is drawn whole (on two lines if need be), not cut to "...".
    const auto flat = [](QString text) {
        text.replace(QChar(0x2028), u' ').replace(u'\n', u' ');
        return text.simplified();
    };
    for (QChartView *view : page->findChildren<QChartView *>()) {
        if (!view->isVisible() || !view->chart() || view->chart()->title().isEmpty())
            continue;
        const QString title
            = flat(QTextDocumentFragment::fromHtml(view->chart()->title()).toPlainText());
        bool whole = false;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                whole = whole || flat(text->toPlainText()) == title;
        }
        if (!whole)
            problems << u"%1: the chart title '%2' is cut"_s.arg(name, title);
    }
    return problems;
}

class TestPagesFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyPageFitsASmallScreen_data();
    void everyPageFitsASmallScreen();

private:
    static void useLanguage(const QString &code);

    QTemporaryDir m_dir;
};

void TestPagesFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_pagesfit"_s);
    Dialogs::setTestMode(true);
}

void TestPagesFit::cleanup()
{
    useLanguage(QString());
}

void TestPagesFit::useLanguage(const QString &code)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Languages::setPreferred(code);
    Languages::install(QCoreApplication::instance());
}

void TestPagesFit::everyPageFitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("demo");
    for (const QString &code : {u"en"_s, u"de"_s, u"es"_s}) {
        QTest::addRow("%s demo", qPrintable(code)) << code << true;
        QTest::addRow("%s new", qPrintable(code)) << code << false;
    }
}

void TestPagesFit::everyPageFitsASmallScreen()
{
    QFETCH(QString, language);
    QFETCH(bool, demo);
    useLanguage(language);
    const QString path
        = m_dir.filePath(u"%1-%2.sqlite"_s.arg(language, demo ? u"demo"_s : u"new"_s));
    if (demo) {
        QString error;
        QVERIFY2(DemoWorkbench::create(path, &error), qPrintable(error));
    }
    QStringList problems;
    {
        // A 1024x640 screen leaves about 1008x552 inside the window's frame.
        MainWindow w;
        w.resize(1008, 552);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkbench(path));
        auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
        auto *stack = w.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(nav && stack);
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
            QCoreApplication::processEvents();
            QCOMPARE(w.size(), QSize(1008, 552)); // nothing made the window bigger
            auto *scroll = qobject_cast<QScrollArea *>(stack->currentWidget());
            QVERIFY(scroll && scroll->widget() == w.page(i));
            Page *page = w.page(i);
            const QSize room = scroll->maximumViewportSize();
            const int height = page->hasHeightForWidth() ? page->heightForWidth(room.width())
                                                         : page->minimumSizeHint().height();
            const QString name = page->objectName();
            if (height > room.height())
                problems << u"%1 asks for %2 px of %3"_s.arg(name).arg(height).arg(room.height());
            if (page->minimumSizeHint().width() > room.width())
                problems << u"%1 needs %2 px of width, of %3"_s.arg(name)
                                .arg(page->minimumSizeHint().width())
                                .arg(room.width());
            if (scroll->verticalScrollBar()->isVisible())
                problems << u"%1 scrolls up and down"_s.arg(name);
            if (scroll->horizontalScrollBar()->isVisible())
                problems << u"%1 scrolls sideways"_s.arg(name);
            problems << cutTexts(page);
            // Each chart of the certifications, one tab at a time.
            if (auto *tabs = page->findChild<QTabBar *>(u"compareTabs"_s)) {
                for (int t = 1; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QCoreApplication::processEvents();
                    problems << cutTexts(page);
                }
                tabs->setCurrentIndex(0);
            }
            // The certifications table keeps its first rows in view above the charts (at
            // 1024x640 they left 2.5 rows; German, whose toolbar takes two lines, has four).
            if (auto *table = page->findChild<QTableView *>(u"certificationsTable"_s);
                table && table->isVisible()) {
                const int rows = table->model()->rowCount();
                int whole = 0;
                for (int r = 0; r < rows; ++r)
                    whole += table->viewport()->rect().contains(
                                 table->visualRect(table->model()->index(r, 0)))
                        ? 1
                        : 0;
                if (whole < std::min(rows, 4))
                    problems << u"%1: %2 of %3 certifications in view"_s.arg(name).arg(whole).arg(
                        rows);
                // The figures a decision rests on are in view without scrolling sideways (at
                // 1024x640 ROI, Payback and NPV were off to the right).
                for (int column : {int(CertificationsModel::Roi), int(CertificationsModel::Payback),
                                   int(CertificationsModel::Npv)}) {
                    const QRect cell = table->visualRect(table->model()->index(0, column));
                    if (rows > 0 && (cell.isEmpty() || cell.right() > table->viewport()->width()))
                        problems << u"%1: the '%2' column is out of view"_s.arg(
                            name, table->model()->headerData(column, Qt::Horizontal).toString());
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

QTEST_MAIN(TestPagesFit)
#include "tst_pagesfit.moc"
