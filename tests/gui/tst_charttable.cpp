// A chart's numbers as a table (issue #13, item 6): the text alternative a screen reader or a
// keyboard user reads. Exact cells for a bar chart, a line chart and the Skills radar, in
// English and German number formats.
#include "common/charttable.h"
#include "skills/skillscharts.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <tuple>

using namespace Qt::StringLiterals;

class TestChartTable : public QObject
{
    Q_OBJECT

private slots:
    void barChart_data();
    void barChart();
    void lineChart();
    void skillsRadar();
    void emptyChartHasNoRows();

private:
    static QList<QStringList> rows(const ChartTable &table)
    {
        QList<QStringList> out;
        for (int r = 0; r < table.rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < table.columnCount(); ++c)
                row << table.cell(r, c);
            out << row;
        }
        return out;
    }
};

void TestChartTable::barChart_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QList<QStringList> {{u"Maths & stats"_s, u"1.5"_s, u"1,234.5"_s},
                                                    {u"<Ops>"_s, u"2"_s, u"0"_s},
                                                    {u"Budget"_s, u"2.25"_s, QString()}};
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QList<QStringList> {{u"Maths & stats"_s, u"1,5"_s, u"1.234,5"_s},
                                                   {u"<Ops>"_s, u"2"_s, u"0"_s},
                                                   {u"Budget"_s, u"2,25"_s, QString()}};
}

// Bars: one row per category, one column per bar set; names as the reader sees them (axis
// labels are HTML to Qt Charts), and a named level line across the bars as a row of its own.
void TestChartTable::barChart()
{
    QFETCH(QLocale, locale);
    QFETCH(QList<QStringList>, expected);
    QChart chart;
    chart.setTitle(u"Hours &amp; goals"_s);
    auto *series = new QBarSeries;
    auto *before = new QBarSet(u"2025"_s);
    *before << 1.5 << 2;
    auto *after = new QBarSet(u"2026"_s);
    *after << 1234.5 << 0;
    series->append(before);
    series->append(after);
    chart.addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append({u"Maths &amp; stats"_s, u"&lt;Ops&gt;"_s});
    names->setTitleText(u"Area"_s);
    chart.addAxis(names, Qt::AlignBottom);
    series->attachAxis(names);
    auto *budget = new QLineSeries;
    budget->setName(u"Budget"_s);
    budget->append(-0.5, 2.25);
    budget->append(1.5, 2.25);
    chart.addSeries(budget);
    auto *unnamed = new QLineSeries; // a decoration (a zero line): not data
    unnamed->append(0, 0);
    chart.addSeries(unnamed);

    ChartTable table(&chart, locale);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.title(), u"Hours & goals"_s);
    QCOMPARE(table.headers(), (QStringList {u"Area"_s, u"2025"_s, u"2026"_s}));
    QCOMPARE(rows(table), expected);
    QCOMPARE(table.headerData(1, Qt::Horizontal).toString(), u"2025"_s);
}

// Lines: one row per x (sorted, shared by the series), one column per series, empty where a
// series has no point.
void TestChartTable::lineChart()
{
    QChart chart;
    chart.setTitle(u"Net value"_s);
    auto *plan = new QLineSeries;
    plan->setName(u"Plan"_s);
    plan->append({{1, 2.25}, {0, -1000}});
    auto *actual = new QLineSeries;
    actual->setName(u"Actual"_s);
    actual->append(1, 3.333);
    chart.addSeries(plan);
    chart.addSeries(actual);
    auto *months = new QValueAxis;
    months->setTitleText(u"Months"_s);
    chart.addAxis(months, Qt::AlignBottom);
    auto *money = new QValueAxis;
    chart.addAxis(money, Qt::AlignLeft);
    for (QAbstractSeries *s : chart.series()) {
        s->attachAxis(months);
        s->attachAxis(money);
    }
    const ChartTable german(&chart, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.headers(), (QStringList {u"Months"_s, u"Plan"_s, u"Actual"_s}));
    QCOMPARE(
        rows(german),
        (QList<QStringList> {{u"0"_s, u"-1.000"_s, QString()}, {u"1"_s, u"2,25"_s, u"3,33"_s}}));
    const ChartTable english(&chart, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(
        rows(english),
        (QList<QStringList> {{u"0"_s, u"-1,000"_s, QString()}, {u"1"_s, u"2.25"_s, u"3.33"_s}}));
}

// The Skills radar (a polar chart over a category axis): one row per category, once (the
// line's closing point is the first category again), with its target and mean level.
void TestChartTable::skillsRadar()
{
    Roadmap roadmap;
    roadmap.categories.append({RoadmapGroup::Kind::Category, 1, u"Maths & <stats>"_s, {}, 1});
    roadmap.categories.append({RoadmapGroup::Kind::Category, 2, u"MLOps"_s, {}, 2});
    const QList<std::tuple<qint64, int, int>> skills = {{1, 2, 4}, {1, 3, 4}, {2, 1, 3}, {2, 2, 2}};
    for (const auto &[category, current, target] : skills) {
        Skill s;
        s.id = roadmap.skills.size() + 1;
        s.categoryId = category;
        s.name = u"Skill %1"_s.arg(s.id);
        s.currentLevel = current;
        s.targetLevel = target;
        roadmap.skills.append(s);
    }
    SkillsCharts charts;
    charts.setRoadmap(roadmap);
    auto *radar = charts.findChild<QChartView *>(u"radarChart"_s);
    QVERIFY(radar);
    const ChartTable table(radar->chart(), QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(table.title(), ChartTable::plainText(radar->chart()->title()));
    QVERIFY(!table.title().isEmpty());
    QCOMPARE(table.headers(), (QStringList {u"Category"_s, u"Target"_s, u"Level"_s}));
    QCOMPARE(rows(table),
             (QList<QStringList> {{u"Maths & <stats>"_s, u"4"_s, u"2,5"_s},
                                  {u"MLOps"_s, u"2,5"_s, u"1,5"_s}}));
}

void TestChartTable::emptyChartHasNoRows()
{
    QChart chart;
    const ChartTable table(&chart);
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(table.columnCount(), 0);
    const ChartTable none(nullptr);
    QCOMPARE(none.rowCount(), 0);
}

QTEST_MAIN(TestChartTable)
#include "tst_charttable.moc"
