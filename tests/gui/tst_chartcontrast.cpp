// WCAG 2.1 AA contrast of the charts in the light and the dark appearance (issue #13, item 6):
// text (titles, axis labels, legend) at least 4.5:1 against the chart background, series
// colours at least 3:1 (1.4.11, non-text contrast). Tested through ChartPalette's public API
// and on a chart it has dressed.

#include "common/appearance.h"
#include "common/chartpalette.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

// WCAG 2.1 relative luminance of an sRGB colour (alpha ignored: chart colours are opaque).
static double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

static double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

static QString describe(const QColor &fg, const QColor &bg)
{
    return u"%1 on %2: %3:1"_s.arg(fg.name(), bg.name(), QString::number(contrast(fg, bg), 'f', 2));
}

class TestChartContrast : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula();
    void chartColoursMeetAA_data();
    void chartColoursMeetAA();
};

// The formula itself, on the WCAG's own end points and a known pair.
void TestChartContrast::contrastFormula()
{
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic lightest grey that passes AA for text (4.54:1).
    QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestChartContrast::chartColoursMeetAA_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("light") << int(Appearance::Mode::Light);
    QTest::newRow("dark") << int(Appearance::Mode::Dark);
}

void TestChartContrast::chartColoursMeetAA()
{
    QFETCH(int, mode);
    Appearance::apply(qApp, Appearance::Mode(mode));
    const QPalette palette = QApplication::palette();
    QCOMPARE(Appearance::isDark(), Appearance::Mode(mode) == Appearance::Mode::Dark);

    // A chart as the pages build one: a series, two axes, a legend and a title.
    QChart chart;
    auto *series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 2);
    chart.addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(u"Week 1"_s);
    auto *y = new QValueAxis;
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    chart.setTitle(u"Hours"_s);
    ChartPalette::apply(&chart, palette);

    const QColor background = chart.backgroundBrush().color();
    QCOMPARE(background.alpha(), 255);
    const QList<QPair<QString, QColor>> texts = {
        {u"title"_s, chart.titleBrush().color()},
        {u"legend labels"_s, chart.legend()->labelColor()},
        {u"x axis labels"_s, x->labelsBrush().color()},
        {u"y axis labels"_s, y->labelsBrush().color()},
        {u"y axis title"_s, y->titleBrush().color()},
    };
    for (const auto &[what, colour] : texts)
        QVERIFY2(contrast(colour, background) >= 4.5,
                 qPrintable(what + u": "_s + describe(colour, background)));

    const QList<QPair<QString, QColor>> series_ = {
        {u"primary series"_s, ChartPalette::primary(palette)},
        {u"secondary series"_s, ChartPalette::secondary(palette)},
    };
    for (const auto &[what, colour] : series_)
        QVERIFY2(contrast(colour, background) >= 3.0,
                 qPrintable(what + u": "_s + describe(colour, background)));
    // The two series colours must also tell apart from each other, not only from the ground.
    QVERIFY2(
        contrast(ChartPalette::primary(palette), ChartPalette::secondary(palette)) >= 1.5,
        qPrintable(u"primary against secondary: "_s
                   + describe(ChartPalette::primary(palette), ChartPalette::secondary(palette))));
}

QTEST_MAIN(TestChartContrast)
#include "tst_chartcontrast.moc"
