#include "comparecharts.h"

#include "breakevenchart.h"
#include "calc/money.h"
#include "chartnames.h"
#include "common/chartpalette.h"
#include "domain/certificationtext.h"
#include "legendcolumn.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QFrame>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Tells that an item's figures add its currency and the salary's without converting.
QString CompareCharts::Item::mixedNote() const
{
    return mixedCurrency
        ? CompareCharts::tr(" (costs in %1 added to salary-based amounts without converting)")
              .arg(currency)
        : QString();
}

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent)
    , m_rank(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_roiView(new QChartView(this))
    , m_breakEvenView(new QChartView(this))
    , m_legend(new LegendColumn(this))
    , m_hover(new QLabel(this))
    , m_tabs(new QTabBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createTopRow());

    m_empty->setObjectName(u"compareEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing to compare yet: add certifications and give them an expected "
                        "salary uplift to see which pay back first."));
    QWidget *charts = createCharts();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(charts);
    layout->addWidget(m_stack, 1);

    connect(m_rank, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        emit rankByChanged(rankBy());
    });
    rebuild();
}

// One row: the charts' tabs, the ranking and the hover text (a row of its own each took
// height the table needs at 1024x640).
QLayout *CompareCharts::createTopRow()
{
    auto *top = new QHBoxLayout;
    m_tabs->setObjectName(u"compareTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    top->addWidget(m_tabs);
    auto *rankLabel = new QLabel(tr("&Rank by:"), this);
    rankLabel->setBuddy(m_rank);
    m_rank->setObjectName(u"rankCombo"_s);
    m_rank->addItem(tr("Net present value"), int(RoiCalculator::RankBy::Npv));
    m_rank->addItem(tr("ROI"), int(RoiCalculator::RankBy::Roi));
    m_rank->addItem(tr("Payback"), int(RoiCalculator::RankBy::Payback));
    top->addWidget(rankLabel);
    top->addWidget(m_rank);
    m_hover->setObjectName(u"chartHoverLabel"_s);
    m_hover->setTextFormat(Qt::PlainText); // certification names, as written
    m_hover->installEventFilter(this);
    showHoverText(tr("Point at a bar or line to see its value."));
    // The text changes with the pointer: it must never set the layout's width (a long name
    // grew the window past a small screen). What does not fit is in the tooltip too.
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hover->setMinimumWidth(0);
    top->addWidget(m_hover, 1);
    return top;
}

// One chart at a time, each over the whole width: side by side at 1024x640 the ROI chart was
// 220 px wide and cut its names to "AWS Certifie..." (issue #9).
QWidget *CompareCharts::createCharts()
{
    auto *charts = new QStackedWidget(this);
    charts->setObjectName(u"compareChartsStack"_s);
    m_roiView->setObjectName(u"roiChartView"_s);
    m_breakEvenView->setObjectName(u"breakEvenChartView"_s);
    for (QChartView *v : {m_roiView, m_breakEvenView}) {
        v->installEventFilter(this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(MinimumChartHeight);
    }
    auto *breakEven = new QWidget(charts);
    auto *h = new QHBoxLayout(breakEven);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_breakEvenView, 1);
    h->addWidget(createLegendArea(breakEven));
    charts->addWidget(m_roiView);
    charts->addWidget(breakEven);
    m_tabs->addTab(tr("ROI"));
    m_tabs->addTab(tr("Break-even"));
    connect(m_tabs, &QTabBar::currentChanged, charts, &QStackedWidget::setCurrentIndex);
    return charts;
}

// Many certifications (up to MaxLines) scroll in the legend's column rather than cut.
QScrollArea *CompareCharts::createLegendArea(QWidget *parent)
{
    m_legend->setObjectName(u"breakEvenLegend"_s);
    auto *legendArea = new QScrollArea(parent);
    legendArea->setObjectName(u"breakEvenLegendArea"_s);
    legendArea->setWidgetResizable(true);
    legendArea->setFrameShape(QFrame::NoFrame);
    legendArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legendArea->setFocusPolicy(Qt::NoFocus);
    legendArea->setWidget(m_legend);
    // A fixed column: a scroll area of its own would be squeezed to a few letters a line.
    legendArea->setFixedWidth(fontMetrics().averageCharWidth() * 28
                              + legendArea->verticalScrollBar()->sizeHint().width());
    return legendArea;
}

RoiCalculator::RankBy CompareCharts::rankBy() const
{
    return RoiCalculator::RankBy(m_rank->currentData().toInt());
}

void CompareCharts::setRankBy(RoiCalculator::RankBy by)
{
    m_rank->setCurrentIndex(m_rank->findData(int(by)));
}

void CompareCharts::setItems(const QList<Item> &items, int horizonYears)
{
    m_items = items;
    m_horizonYears = horizonYears;
    rebuild();
}

QStringList CompareCharts::rankedNames() const
{
    QStringList names;
    for (const Item &i : m_items)
        names.append(i.name);
    return names;
}

QString CompareCharts::roiTitle() const
{
    return m_roiTitle;
}

QString CompareCharts::breakEvenTitle() const
{
    return m_breakEvenTitle;
}

// A chart's title that is wider than the chart goes on over as many lines as it needs. (A
// chart cuts a long title to "Punto de equilibrio: valor neto acu...", and the break-even
// chart, beside its legend, is narrow at 1024x640.)
void CompareCharts::fitTitles()
{
    // The ROI chart's title is its tab's text (buildRoiChart()).
    if (QChart *chart = m_breakEvenView->chart()) {
        chart->setTitle(ChartNames::wrappedTitle(m_breakEvenTitle, QFontMetrics(chart->titleFont()),
                                                 m_breakEvenView->width() - 24));
    }
}

// The hover text in the room its label has, cut at the end ("...") with the whole text as
// the label's tooltip: beside the charts' tabs at 1024x640 it was cut off mid-word.
void CompareCharts::showHoverText(const QString &text)
{
    m_hoverText = text;
    const QString shown
        = m_hover->fontMetrics().elidedText(text, Qt::ElideRight, m_hover->contentsRect().width());
    m_hover->setText(shown);
    m_hover->setToolTip(shown == text ? QString() : text);
}

bool CompareCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_hover && event->type() == QEvent::Resize)
        showHoverText(m_hoverText);
    if (event->type() == QEvent::Resize && (watched == m_roiView || watched == m_breakEvenView))
        fitTitles();
    return QWidget::eventFilter(watched, event);
}

QString CompareCharts::hoverText() const
{
    return m_hoverText;
}

QStringList CompareCharts::barLabels() const
{
    return m_barLabels.valueTexts();
}

void CompareCharts::showHover(const QString &text)
{
    showHoverText(text);
    QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(text), this);
}

void CompareCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void CompareCharts::styleChart(QChart *chart) const
{
    // The one chart style (light and dark from the palette), plus this page's tight margins.
    ChartPalette::apply(chart, palette());
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers in the user's format (thousands separators, decimal point).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

void CompareCharts::rebuild()
{
    const QList<Item> valid = rankValidItems();
    m_stack->setCurrentIndex(valid.isEmpty() ? 0 : 1);
    buildRoiChart(valid);
    buildBreakEvenChart(valid);
}

QList<CompareCharts::Item> CompareCharts::rankValidItems()
{
    std::stable_sort(m_items.begin(), m_items.end(), [by = rankBy()](const Item &a, const Item &b) {
        return RoiCalculator::ranksBefore(a.result, b.result, by);
    });
    QList<Item> valid;
    for (const Item &i : std::as_const(m_items)) {
        if (i.result.isValid())
            valid.append(i);
    }
    return valid;
}

// ROI % per certification, longest bar at the top whatever "Rank by" says (bars ranked by NPV
// looked unsorted); many bars would be too thin to read.
void CompareCharts::buildRoiChart(const QList<Item> &valid)
{
    QList<Item> byRoi = valid;
    std::stable_sort(byRoi.begin(), byRoi.end(), [](const Item &a, const Item &b) {
        return RoiCalculator::ranksBefore(a.result, b.result, RoiCalculator::RankBy::Roi);
    });
    const int total = int(valid.size());
    const int barCount = qMin(total, MaxBars);
    setRoiTitle(barCount, total);
    // The bottom bar first, so the best is at the top.
    const QList<Item> shown(byRoi.crbegin() + (total - barCount), byRoi.crend());
    auto *roiChart = new QChart;
    QHorizontalBarSeries *bars = addRoiBars(roiChart, shown);
    QStringList barNames;
    for (const Item &item : shown)
        barNames.append(item.name);
    addRoiAxes(roiChart, bars, barNames);
    styleChart(roiChart);
    roiChart->legend()->hide();
    // No title in the chart (the tab says it): the first bar's name has the line above the
    // plot, the others the gaps between the bars.
    roiChart->setMargins(roiChart->margins()
                         + QMargins(0, int(QFontMetricsF(font()).height()) + 2, 0, 0));
    resetBarLabels(roiChart, bars, shown);
    connect(roiChart, &QChart::plotAreaChanged, this, &CompareCharts::placeBarLabels);
    QChart *oldRoi = m_roiView->chart();
    m_roiView->setChart(roiChart);
    delete oldRoi;
    placeBarLabels();
}

// Each bar's value as the table gives it ("free" for a certification that costs nothing) and
// its whole name.
void CompareCharts::resetBarLabels(QChart *chart, QHorizontalBarSeries *bars,
                                   const QList<Item> &shown)
{
    const QLocale locale;
    const QBarSet *set = bars->barSets().first();
    QList<BarLabelPlacer::Bar> labels;
    for (int i = 0; i < set->count(); ++i)
        labels.append(
            {shown.at(i).name, CertificationText::roi(shown.at(i).result, locale), set->at(i)});
    m_barLabels.reset(chart, labels, font(), palette().color(QPalette::Text));
}

void CompareCharts::setRoiTitle(int barCount, int total)
{
    const QString roiTitle = tr("ROI over %1").arg(CertificationText::years(m_horizonYears));
    m_roiTitle = barCount < total
        //: chart title, e.g. "ROI over 3 years: best 12 of 30"
        ? tr("%1: best %2 of %3").arg(roiTitle).arg(barCount).arg(total)
        : roiTitle;
    m_tabs->setTabText(0, m_roiTitle);
    m_roiView->setAccessibleName(m_roiTitle);
}

QHorizontalBarSeries *CompareCharts::addRoiBars(QChart *chart, const QList<Item> &shown)
{
    const QLocale locale;
    const QPalette pal = palette();
    auto *bars = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(tr("ROI %"), bars);
    set->setColor(ChartPalette::primary(pal));
    set->setBorderColor(ChartPalette::primary(pal));
    set->setLabelColor(pal.color(QPalette::Text));
    QStringList hoverTexts;
    for (const Item &item : shown) {
        // Bar lengths in whole percents; the label gives the figure as the table does, and
        // a free certification has no ratio (no bar, the label says "free").
        set->append(std::round(item.result.roiPercent.value_or(0)));
        hoverTexts.append(tr("%1: ROI %2, payback %3, NPV %4")
                              .arg(item.name, CertificationText::roi(item.result, locale),
                                   CertificationText::payback(item.result, locale),
                                   Money::format(item.result.npv, item.currency, locale, 0))
                          + item.mixedNote());
    }
    bars->append(set);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    connect(set, &QBarSet::hovered, this, [this, hoverTexts](bool on, int index) {
        if (on && index >= 0 && index < hoverTexts.size())
            showHover(hoverTexts.at(index));
    });
    return bars;
}

void CompareCharts::addRoiAxes(QChart *chart, QHorizontalBarSeries *bars, const QStringList &names)
{
    // A bar category axis merges equal labels: keep each one distinct. The chart has the
    // whole width of its tab: a name is cut only past 60 characters.
    QStringList categories = ChartNames::distinctlyElided(names, 60);
    for (QString &c : categories)
        c = c.toHtmlEscaped(); // axis labels are HTML
    auto *nameAxis = new QBarCategoryAxis(chart);
    nameAxis->append(categories);
    nameAxis->setLabelsVisible(false); // the names are drawn above their bars (m_barLabels)
    chart->addAxis(nameAxis, Qt::AlignLeft);
    bars->attachAxis(nameAxis);
    auto *percent = new QValueAxis(chart);
    percent->setLabelFormat(u"%.0f"_s);
    // The axis title names the column of the chart's data table; drawn, it took the height
    // the names above the bars need (each bar's label gives its percent).
    percent->setTitleText(tr("ROI %"));
    percent->setTitleVisible(false);
    const QBarSet *set = bars->barSets().first();
    double lo = 0;
    double hi = 0;
    for (int i = 0; i < set->count(); ++i) {
        lo = qMin(lo, set->at(i));
        hi = qMax(hi, set->at(i));
    }
    percent->setRange(lo, hi > lo ? hi * 1.15 : lo + 100);
    percent->applyNiceNumbers();
    chart->addAxis(percent, Qt::AlignBottom);
    bars->attachAxis(percent);
}

// Cumulative net value by month: below zero until payback.
void CompareCharts::buildBreakEvenChart(const QList<Item> &valid)
{
    const BreakEvenChart breakEven(valid, MaxLines, m_horizonYears, palette());
    breakEven.onHover(this, [this](const QString &text) { showHover(text); });
    m_breakEvenTitle = breakEven.title();
    m_legend->setEntries(breakEven.names(), breakEven.colours());
    QChart *be = breakEven.chart();
    styleChart(be);
    QChart *oldBe = m_breakEvenView->chart();
    m_breakEvenView->setChart(be);
    delete oldBe;
    fitTitles();
}

void CompareCharts::placeBarLabels()
{
    m_barLabels.place(m_roiView->chart(), font(), palette());
}
