#include "certifications/comparecharts.h"
#include "domain/certificationtext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

// The compare charts: rank order, values on hover, the empty state, and colours taken from
// the palette so that a dark theme keeps them readable.
class TestCompareCharts : public QObject
{
    Q_OBJECT

private:
    static CompareCharts::Item item(qint64 id, const QString &name, double cost, double uplift)
    {
        RoiCalculator::Inputs in;
        in.examCost = cost;
        in.upliftAmount = uplift;
        return {id, name, u"USD"_s, RoiCalculator::calculate(in)};
    }

    static QList<CompareCharts::Item> items()
    {
        // A: NPV 14,439.7-ish, ROI 483 %; B: cheap and quick; C: never pays back.
        return {item(3, u"Never"_s, 100, 0), item(1, u"Big"_s, 3600, 10000),
                item(2, u"Quick"_s, 500, 2000)};
    }

    static QBarSet *barSet(CompareCharts &charts)
    {
        auto *view = charts.findChild<QChartView *>(u"roiChartView"_s);
        const auto series = view->chart()->series();
        auto *bars = qobject_cast<QHorizontalBarSeries *>(series.value(0));
        return bars ? bars->barSets().value(0) : nullptr;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void ranksByTheChosenMeasure_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("npv") << int(RoiCalculator::RankBy::Npv)
                             << QStringList {u"Big"_s, u"Quick"_s, u"Never"_s};
        QTest::newRow("roi") << int(RoiCalculator::RankBy::Roi)
                             << QStringList {u"Quick"_s, u"Big"_s, u"Never"_s};
        QTest::newRow("payback") << int(RoiCalculator::RankBy::Payback)
                                 << QStringList {u"Quick"_s, u"Big"_s, u"Never"_s};
    }

    void ranksByTheChosenMeasure()
    {
        QFETCH(int, by);
        QFETCH(QStringList, order);
        CompareCharts charts;
        charts.setItems(items(), 3);
        QSignalSpy spy(&charts, &CompareCharts::rankByChanged);
        auto *combo = charts.findChild<QComboBox *>(u"rankCombo"_s);
        combo->setCurrentIndex(combo->findData(by));
        QCOMPARE(charts.rankedNames(), order);
        QCOMPARE(charts.rankBy(), RoiCalculator::RankBy(by));
        // Net present value is the first choice: picking it again changes nothing.
        QCOMPARE(spy.count(), by == int(RoiCalculator::RankBy::Npv) ? 0 : 1);
        // Issue 9: the ROI bars followed the rank and looked unsorted. Whatever the rank, the
        // longest bar is at the top (the last bar) and each one below is shorter.
        QBarSet *set = barSet(charts);
        QVERIFY(set);
        QCOMPARE(set->count(), 3);
        QCOMPARE(set->at(set->count() - 1), 740.0); // Quick, in whole percents
        for (int i = 1; i < set->count(); ++i)
            QVERIFY2(set->at(i - 1) <= set->at(i), qPrintable(u"bar %1 is longer"_s.arg(i - 1)));
    }

    // A certification keeps its line colour when the ranking changes.
    void coloursStayWithTheCertification()
    {
        CompareCharts charts;
        charts.setItems(items(), 3);
        auto colours = [&charts] {
            QMap<QString, QColor> byName;
            auto *view = charts.findChild<QChartView *>(u"breakEvenChartView"_s);
            for (QAbstractSeries *s : view->chart()->series()) {
                if (auto *line = qobject_cast<QLineSeries *>(s); line && !line->name().isEmpty())
                    byName.insert(line->name(), line->pen().color());
            }
            return byName;
        };
        const auto byNpv = colours();
        QCOMPARE(byNpv.size(), 2); // Big and Quick; Never is not drawn
        QVERIFY(byNpv.value(u"Big"_s) != byNpv.value(u"Quick"_s));
        charts.setRankBy(RoiCalculator::RankBy::Roi); // Quick moves to the top
        QCOMPARE(charts.rankedNames().first(), u"Quick"_s);
        QCOMPARE(colours(), byNpv);
    }

    // Flat lines of certifications that never pay back hid the others; the title counts them.
    void neverPayingBackIsNotDrawnButCounted()
    {
        CompareCharts charts;
        charts.setItems(items(), 3);
        auto *view = charts.findChild<QChartView *>(u"breakEvenChartView"_s);
        QStringList drawn;
        for (QAbstractSeries *s : view->chart()->series()) {
            if (!s->name().isEmpty())
                drawn.append(s->name());
        }
        QVERIFY2(!drawn.contains(u"Never"_s), qPrintable(drawn.join(u", "_s)));
        QVERIFY(drawn.contains(u"Big"_s) && drawn.contains(u"Quick"_s));
        QVERIFY2(charts.breakEvenTitle().contains(u"(1 never pay"_s), // "pays" with its translation
                 qPrintable(charts.breakEvenTitle()));
        // It keeps its bar: ROI -100 %.
        QCOMPARE(barSet(charts)->at(0), -100.0);
    }

    // Two long names that start alike read the same once cut ("AWS Certifie…"): the legend
    // keeps as much of each as it takes to tell them apart.
    void legendNamesStayDistinct()
    {
        CompareCharts charts;
        charts.setItems(
            {item(1, u"AWS Certified Machine Learning Engineer – Associate"_s, 300, 1000),
             item(2, u"AWS Certified Machine Learning Engineer – Professional"_s, 300, 900),
             item(3, u"Short"_s, 100, 1000)},
            3);
        auto *view = charts.findChild<QChartView *>(u"breakEvenChartView"_s);
        QStringList names;
        for (QAbstractSeries *s : view->chart()->series()) {
            if (!s->name().isEmpty())
                names.append(s->name());
        }
        QCOMPARE(names.size(), 3);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
        QVERIFY(names.contains(u"Short"_s)); // short names are not cut
        for (const QString &n : std::as_const(names))
            QVERIFY2(n.startsWith(u"AWS Certified Machine Learning Engineer – "_s)
                         || n == u"Short"_s,
                     qPrintable(n));
    }

    // "-100.0 %" was written over its own bar when the bar reached the axis's end.
    void negativeLabelsStayOffTheirBar()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *charts = new CompareCharts(&window);
        layout->addWidget(charts);
        charts->setItems(items(), 3);
        window.resize(1000, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        auto *view = charts->findChild<QChartView *>(u"roiChartView"_s);
        QChart *chart = view->chart();
        QGraphicsSimpleTextItem *label = nullptr;
        for (QGraphicsItem *i : chart->childItems()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(i);
            if (text && text->text() == u"-100.0 %"_s)
                label = text;
        }
        QVERIFY(label);
        const QPointF end = chart->mapToPosition(QPointF(-100, 0), chart->series().first());
        const QPointF zero = chart->mapToPosition(QPointF(0, 0), chart->series().first());
        const QRectF box = label->mapRectToParent(label->boundingRect());
        const double barLeft = std::min(end.x(), zero.x());
        const double barRight = std::max(end.x(), zero.x());
        QVERIFY2(box.right() <= barLeft || box.left() >= barRight,
                 qPrintable(u"label %1-%2 over bar %3-%4"_s.arg(box.left())
                                .arg(box.right())
                                .arg(barLeft)
                                .arg(barRight)));
    }

    void showsValuesOnHover()
    {
        CompareCharts charts;
        charts.setItems(items(), 3);
        QBarSet *set = barSet(charts);
        QVERIFY(set);
        emit set->hovered(true, set->count() - 1); // the top bar: the best ROI
        QVERIFY(charts.hoverText().startsWith(u"Quick: ROI"_s));
        QVERIFY(charts.hoverText().contains(u"payback"_s));

        auto *view = charts.findChild<QChartView *>(u"breakEvenChartView"_s);
        QLineSeries *line = nullptr;
        for (QAbstractSeries *s : view->chart()->series()) {
            if (s->name() == u"Quick"_s)
                line = qobject_cast<QLineSeries *>(s);
        }
        QVERIFY(line);
        emit line->hovered(QPointF(12, 0), true);
        // 2,000 uplift at 30 % tax: 116.67 a month; after 12 months 1,400 - 500.
        QCOMPARE(charts.hoverText(), u"Quick, month 12: $900 (payback 4.3 months)"_s);
    }

    // Issue 9, broken 2: on a 1024x640 screen the hover text widened the layout and grew the
    // window to 1150 px, pushing the controls off screen. No hover text may resize anything.
    void hoverTextNeverGrowsTheWindow()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *charts = new CompareCharts(&window);
        layout->addWidget(charts);
        const QString longName = u"AWS Certified Machine Learning Engineer - Associate, taken "
                                 "with the optional hands-on lab track and the exam voucher"_s;
        charts->setItems(
            {item(1, longName, 3600, 10000), item(2, longName + u" (renewal)"_s, 500, 2000)}, 3);
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint();
        QBarSet *set = barSet(*charts);
        QVERIFY(set);
        auto *hover = charts->findChild<QLabel *>(u"chartHoverLabel"_s);
        QVERIFY(hover);
        for (int i = 0; i < set->count(); ++i) {
            emit set->hovered(true, i);
            QCoreApplication::processEvents();
            QVERIFY2(
                window.minimumSizeHint().width() <= minimum.width(),
                qPrintable(u"the hover text \"%1\" widened the window to %2 px"_s.arg(hover->text())
                               .arg(window.minimumSizeHint().width())));
            QCOMPARE(window.size(), QSize(900, 560));
        }
    }

    void breakEvenLinesCrossZeroAtPayback()
    {
        CompareCharts charts;
        charts.setItems(items(), 3);
        auto *view = charts.findChild<QChartView *>(u"breakEvenChartView"_s);
        for (QAbstractSeries *s : view->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (!line || line->name() != u"Big"_s)
                continue;
            const QList<QPointF> points = line->points();
            QCOMPARE(points.size(), 37);
            QCOMPARE(points.first().y(), -3600.0);
            QVERIFY(points.at(6).y() < 0 && points.at(7).y() > 0);
            return;
        }
        QFAIL("no line for Big");
    }

    // Equal names, or long ones cut to the same label, still get a bar and a label each.
    void everyBarKeepsItsOwnLabel()
    {
        CompareCharts charts;
        charts.setItems(
            {item(1, u"Twin"_s, 100, 1000), item(2, u"Twin"_s, 200, 1000),
             item(3, u"AWS Certified Machine Learning Engineer – Associate"_s, 300, 1000),
             item(4, u"AWS Certified Machine Learning Engineer – Professional"_s, 300, 900)},
            3);
        auto *view = charts.findChild<QChartView *>(u"roiChartView"_s);
        QBarCategoryAxis *axis = nullptr;
        for (QAbstractAxis *a : view->chart()->axes())
            axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
        QVERIFY(axis);
        QCOMPARE(axis->count(), 4);
        QCOMPARE(axis->categories().size(), barSet(charts)->count());
        const QStringList labels = axis->categories();
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 4);
    }

    // The numbers on the bars are in the user's format, and a free certification (no cost, so
    // no ratio) reads "free" rather than "0 %".
    void barLabelsUseTheLocaleAndSayFree_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("expected"); // bottom bar (worst) first
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                               << QStringList {u"-100.0 %"_s, u"483.3 %"_s, u"10,400.0 %"_s,
                                               u"free"_s};
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                               << QStringList {u"-100,0 %"_s, u"483,3 %"_s, u"10.400,0 %"_s,
                                               u"free"_s};
    }

    void barLabelsUseTheLocaleAndSayFree()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, expected);
        const QLocale before;
        QLocale::setDefault(locale);
        CompareCharts charts;
        // Ranked by ROI: free first, then Huge, Big, Never; the best bar is at the top.
        charts.setRankBy(RoiCalculator::RankBy::Roi);
        charts.setItems({item(1, u"Never"_s, 100, 0), item(2, u"Big"_s, 3600, 10000),
                         item(3, u"Gratis"_s, 0, 1000), item(4, u"Huge"_s, 100, 5000)},
                        3);
        const QStringList labels = charts.barLabels();
        QLocale::setDefault(before);
        QCOMPARE(charts.rankedNames(),
                 (QStringList {u"Gratis"_s, u"Huge"_s, u"Big"_s, u"Never"_s}));
        QCOMPARE(labels.size(), 4);
        QCOMPARE(labels.at(0), expected.at(0));
        QCOMPARE(labels.at(1), expected.at(1));
        // Huge: thousands of percent, with the locale's group separator.
        QCOMPARE(labels.at(2), expected.at(2));
        QCOMPARE(labels.at(3), expected.at(3));
        // The category names no longer repeat "(free)": the bar says it.
        auto *view = charts.findChild<QChartView *>(u"roiChartView"_s);
        for (QAbstractAxis *a : view->chart()->axes()) {
            if (auto *axis = qobject_cast<QBarCategoryAxis *>(a))
                QCOMPARE(axis->categories().at(3), u"Gratis"_s);
        }
        // Axis numbers are localised too.
        QVERIFY(view->chart()->localizeNumbers());
        QCOMPARE(view->chart()->locale(), locale);
        // The free bar is explained on hover.
        QBarSet *set = barSet(charts);
        QCOMPARE(set->at(3), 0.0);
        emit set->hovered(true, 3);
        QVERIFY(charts.hoverText().startsWith(u"Gratis: ROI free"_s));
    }

    void emptyStateWithoutResults()
    {
        CompareCharts charts;
        charts.setItems({}, 3);
        auto *stack = charts.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), charts.findChild<QLabel *>(u"compareEmptyLabel"_s));
        charts.setItems(items(), 3);
        QVERIFY(stack->currentWidget() != charts.findChild<QLabel *>(u"compareEmptyLabel"_s));
    }

    void coloursFollowThePalette()
    {
        CompareCharts charts;
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(80, 140, 220));
        charts.setPalette(dark);
        charts.setItems(items(), 3);
        auto *view = charts.findChild<QChartView *>(u"roiChartView"_s);
        QCOMPARE(view->chart()->backgroundBrush().color(), QColor(30, 30, 30));
        QCOMPARE(view->chart()->titleBrush().color(), QColor(230, 230, 230));
        for (QAbstractAxis *axis : view->chart()->axes())
            QCOMPARE(axis->labelsBrush().color(), QColor(230, 230, 230));
        QCOMPARE(barSet(charts)->color(), QColor(80, 140, 220));
        // Lines are light enough to see on the dark base.
        auto *be = charts.findChild<QChartView *>(u"breakEvenChartView"_s);
        for (QAbstractSeries *s : be->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                QVERIFY(line->pen().color().lightness() > 100);
        }
    }
};

QTEST_MAIN(TestCompareCharts)
#include "tst_comparecharts.moc"
