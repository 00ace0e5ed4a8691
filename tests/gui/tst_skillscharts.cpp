#include "skills/radarcategorylabels.h"
#include "skills/skillscharts.h"
#include "skills/skillsradarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;

// The Skills charts as a user reads them: every gap has a visible name, the level numbers of
// the radar stand clear of its lines, and the weekly budget is drawn, not just named.
class TestSkillsCharts : public QObject
{
    Q_OBJECT

private:
    // 20 skills in 4 categories, gaps 1 to 5, some names far too long for the axis.
    static Roadmap roadmap()
    {
        Roadmap r;
        for (int c = 1; c <= 4; ++c)
            r.categories.append({RoadmapGroup::Kind::Category, c, u"Category %1"_s.arg(c), {}, c});
        for (int i = 0; i < 20; ++i) {
            Skill s;
            s.id = i + 1;
            s.categoryId = i % 4 + 1;
            s.name = i % 3 == 0 ? u"Skill %1 with a name far too long to fit beside a bar"_s.arg(i)
                                : u"Skill %1"_s.arg(i);
            s.targetLevel = 5;
            s.currentLevel = i % 5;
            r.skills.append(s);
        }
        return r;
    }

    static QChartView *view(SkillsCharts &charts, const QString &name)
    {
        return charts.findChild<QChartView *>(name);
    }

    static QBarCategoryAxis *gapAxis(SkillsCharts &charts)
    {
        for (QAbstractAxis *a : view(charts, u"gapChart"_s)->chart()->axes()) {
            if (auto *axis = qobject_cast<QBarCategoryAxis *>(a))
                return axis;
        }
        return nullptr;
    }

    static QValueAxis *valueAxis(SkillsCharts &charts)
    {
        for (QAbstractAxis *a : view(charts, u"gapChart"_s)->chart()->axes()) {
            if (auto *axis = qobject_cast<QValueAxis *>(a))
                return axis;
        }
        return nullptr;
    }

    static QLineSeries *budgetLine(SkillsCharts &charts)
    {
        for (QAbstractSeries *s : view(charts, u"weeklyHoursChart"_s)->chart()->series()) {
            if (s->objectName() == u"budgetLine"_s)
                return qobject_cast<QLineSeries *>(s);
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Qt Charts hides an axis label that would overlap the one before it: at the size the
    // Skills page gives the charts, all 15 names must still be drawn.
    void everyGapHasAVisibleName()
    {
        SkillsCharts charts;
        charts.setRoadmap(roadmap());
        charts.resize(1040, 530);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QCoreApplication::processEvents();

        QBarCategoryAxis *axis = gapAxis(charts);
        QVERIFY(axis);
        const QStringList names = axis->categories();
        QCOMPARE(names.size(), SkillsCharts::GapCount);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), SkillsCharts::GapCount);
        QSet<QString> shown;
        for (QGraphicsItem *item : view(charts, u"gapChart"_s)->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible())
                shown.insert(text->toPlainText());
        }
        for (const QString &name : names) {
            QVERIFY2(shown.contains(name), qPrintable(u"hidden: "_s + name));
            QVERIFY2(name.size() <= 29, qPrintable(u"too long: "_s + name));
        }
    }

    // On a narrow chart (a small window, a long German name) a name is cut with "...", never
    // clipped at the chart's edge: "lodulare Code-Organisation" was what showed.
    void gapNamesStayInsideANarrowChart()
    {
        SkillsCharts charts;
        charts.resize(640, 480);
        charts.setRoadmap(roadmap());
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QApplication::processEvents();
        QChartView *gaps = view(charts, u"gapChart"_s);
        const QRectF chart = gaps->chart()->sceneBoundingRect();
        int names = 0;
        for (QGraphicsItem *item : gaps->scene()->items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || !text->toPlainText().startsWith(u"Skill"_s))
                continue;
            ++names;
            const QRectF shown = text->mapRectToScene(text->boundingRect());
            QVERIFY2(shown.left() >= chart.left() - 1, qPrintable(text->toPlainText()));
        }
        QCOMPARE(names, SkillsCharts::GapCount);
    }

    // A name cut short on the axis is given in full when the bar is pointed at.
    void hoverGivesTheFullName()
    {
        SkillsCharts charts;
        charts.setRoadmap(roadmap());
        const auto series = view(charts, u"gapChart"_s)->chart()->series();
        auto *bars = qobject_cast<QHorizontalBarSeries *>(series.value(0));
        QVERIFY(bars);
        QBarSet *set = bars->barSets().value(0);
        const RoadmapStats::Gap top = charts.gaps().first();
        QVERIFY(top.name.size() > 30);
        QVERIFY(gapAxis(charts)->categories().last().endsWith(QChar(0x2026)));
        emit set->hovered(true, set->count() - 1); // the top bar: the largest gap
        QVERIFY(charts.hoverText().startsWith(
            u"%1: level %2 of %3, "_s.arg(top.name).arg(top.current).arg(top.target)));
        emit set->hovered(false, set->count() - 1);
        QVERIFY(charts.hoverText().isEmpty());
    }

    // Issue 9: the gaps axis ran to 5 when every gap was at most 3, so the bars looked small.
    void gapAxisEndsAtTheLargestGap()
    {
        Roadmap r = roadmap();
        for (Skill &s : r.skills)
            s.currentLevel = std::max(s.currentLevel, 2); // gaps 1 to 3
        SkillsCharts charts;
        charts.setRoadmap(r);
        QValueAxis *axis = valueAxis(charts);
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 3.0);
        QCOMPARE(axis->tickCount(), 4); // 0, 1, 2, 3: whole levels
        charts.setRoadmap(roadmap()); // gaps up to 5
        axis = valueAxis(charts);
        QVERIFY(axis);
        QCOMPARE(axis->max(), 5.0);
    }

    void radarWritesLevelNumbersClearOfTheLines()
    {
        SkillsCharts charts;
        charts.setRoadmap(roadmap());
        QCOMPARE(charts.radialLabels(),
                 (QStringList {u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
        // Qt's own numbers, drawn over the lines, are off.
        QChart *radar = view(charts, u"radarChart"_s)->chart();
        int radialAxes = 0;
        for (QAbstractAxis *a : radar->axes(Qt::Vertical)) {
            ++radialAxes;
            QVERIFY(!a->labelsVisible());
        }
        QCOMPARE(radialAxes, 1);
        // Rebuilding (a palette change) does not pile up a second set of numbers.
        charts.setRoadmap(roadmap());
        QCOMPARE(charts.radialLabels().size(), 6);
    }

    // Qt Charts hid every category name that touched its neighbour: the built-in roadmap's
    // sixteen showed ten on the Skills page and fourteen in the portfolio PDF. Every name is
    // written now, whole, none over another or over the title or the legend, at the page's
    // size and at the size the report draws the radar.
    void radarNamesEveryCategory_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("report") << QSize(640, 400);
        QTest::newRow("Skills page") << QSize(540, 380);
    }
    void radarNamesEveryCategory()
    {
        QFETCH(QSize, size);
        const QStringList names = {u"Programming"_s,          u"Mathematics"_s,
                                   u"Data engineering"_s,     u"Feature engineering"_s,
                                   u"Machine learning"_s,     u"Evaluation"_s,
                                   u"Deep learning"_s,        u"NLP"_s,
                                   u"Computer vision"_s,      u"Reinforcement learning"_s,
                                   u"Generative AI & LLMs"_s, u"Cloud AI platforms"_s,
                                   u"MLOps & deployment"_s,   u"Responsible AI"_s,
                                   u"Domain & business"_s,    u"Portfolio & interviews"_s};
        QList<RoadmapStats::CategoryLevel> levels;
        for (int i = 0; i < names.size(); ++i)
            levels.append({i + 1, names.at(i), double(i % 5), 4.0, 3});
        auto *radar = new SkillsRadarChart;
        QChartView view(radar);
        view.resize(size);
        radar->setLevels(levels, view.palette(), view.font());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();

        const RadarCategoryLabels &labels = radar->categoryLabels();
        QStringList shown = labels.texts();
        shown.replaceInStrings(u"\n"_s, u" "_s);
        QCOMPARE(shown, names);
        const QList<QRectF> rects = labels.rects();
        const QRectF chart = radar->rect();
        const QRectF plot = radar->plotArea();
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY2(chart.contains(rects.at(i)), qPrintable(names.at(i)));
            // Outside the circle: its point nearest the centre is beyond the radius.
            const QPointF c = plot.center();
            const QRectF &r = rects.at(i);
            const QPointF nearest(std::clamp(c.x(), r.left(), r.right()),
                                  std::clamp(c.y(), r.top(), r.bottom()));
            QVERIFY2(QLineF(c, nearest).length() >= plot.width() / 2 - 1, qPrintable(names.at(i)));
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                         qPrintable(names.at(i) + u" / "_s + names.at(j)));
        }
        // Qt's own names, which it hides when they touch, are not shown as well.
        for (QGraphicsItem *item : radar->scene()->items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (text && names.contains(text->toPlainText()))
                QVERIFY2(!text->isVisible(), qPrintable(text->toPlainText()));
        }
    }

    void budgetIsADashedLine()
    {
        SkillsCharts charts;
        const QList<int> minutes(SkillsCharts::WeekCount, 300);
        charts.setWeeklyMinutes(QDate(2025, 1, 6), minutes, 7.5);
        QLineSeries *line = budgetLine(charts);
        QVERIFY(line);
        const QList<QPointF> points = line->points();
        QCOMPARE(points.size(), 2);
        for (const QPointF &p : points)
            QCOMPARE(p.y(), 7.5);
        // It spans every week's bar.
        QVERIFY(points.first().x() < 0);
        QVERIFY(points.last().x() > SkillsCharts::WeekCount - 1);
        QCOMPARE(line->pen().style(), Qt::DashLine);
        QCOMPARE(line->name(), u"Budget: 7.5 h a week"_s);
        QChart *chart = view(charts, u"weeklyHoursChart"_s)->chart();
        QVERIFY(chart->legend()->isVisible());
        QCOMPARE(chart->legend()->markers(line).value(0)->label(), line->name());
        // The hours axis reaches above the budget.
        for (QAbstractAxis *a : chart->axes(Qt::Vertical))
            QVERIFY(qobject_cast<QValueAxis *>(a)->max() > 7.5);

        // Bars still give their value on hover.
        auto *set = qobject_cast<QBarSeries *>(chart->series().first())->barSets().first();
        emit set->hovered(true, 0);
        QCOMPARE(charts.hoverText(), u"Week of 1/6/2025: 5 h"_s);

        // Without a budget there is no line and no legend.
        charts.setWeeklyMinutes(QDate(2025, 1, 6), minutes, 0);
        QVERIFY(!budgetLine(charts));
        QVERIFY(!chart->legend()->isVisible());
    }

    void followsADarkPalette()
    {
        SkillsCharts charts;
        charts.setRoadmap(roadmap());
        charts.setWeeklyMinutes(QDate(2025, 1, 6), QList<int>(SkillsCharts::WeekCount, 60), 5);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(80, 140, 220));
        charts.setPalette(dark);
        QCOMPARE(budgetLine(charts)->pen().color(), QColor(230, 230, 230));
        for (const QString &name : {u"radarChart"_s, u"gapChart"_s, u"weeklyHoursChart"_s}) {
            QChart *chart = view(charts, name)->chart();
            QCOMPARE(chart->backgroundBrush().color(), QColor(30, 30, 30));
            QCOMPARE(chart->titleBrush().color(), QColor(230, 230, 230));
        }
        // The radar's numbers are light text on a dark backing.
        QChart *radar = view(charts, u"radarChart"_s)->chart();
        int numbers = 0;
        for (QGraphicsItem *item : radar->childItems()) {
            auto *box = dynamic_cast<QGraphicsRectItem *>(item);
            if (!box || box->childItems().isEmpty())
                continue;
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(box->childItems().first());
            QVERIFY(text);
            ++numbers;
            QCOMPARE(text->brush().color(), QColor(230, 230, 230));
            QCOMPARE(box->brush().color().rgb(), QColor(30, 30, 30).rgb());
        }
        QCOMPARE(numbers, 6);
    }
};

QTEST_MAIN(TestSkillsCharts)
#include "tst_skillscharts.moc"
