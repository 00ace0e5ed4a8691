#include "comparecharts.h"

#include "calc/money.h"
#include "common/chartpalette.h"
#include "domain/certificationtext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QFrame>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Tells that an item's figures add its currency and the salary's without converting.
QString mixedNote(const CompareCharts::Item &item)
{
    return item.mixedCurrency
        ? CompareCharts::tr(" (costs in %1 added to salary-based amounts without converting)")
              .arg(item.currency)
        : QString();
}

// Names are cut at the end: certifications of one issuer share the end ("– Associate") more
// often than the start.
QString elided(const QString &name, int max = 30)
{
    return name.size() <= max ? name : name.left(max - 1) + QChar(0x2026);
}

// Cuts each name at the end to about `max` characters, but never so that two different names
// read the same ("AWS Certifie…" twice): a name that would clash keeps more of itself, up to
// the whole name. Equal names get a number, since a legend or an axis needs distinct labels.
QStringList distinctlyElided(const QStringList &names, int max)
{
    QStringList labels;
    labels.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        int keep = max;
        QString label = elided(names.at(i), keep);
        auto clashes = [&](const QString &l) {
            for (int j = 0; j < names.size(); ++j) {
                if (j != i && names.at(j) != names.at(i) && elided(names.at(j), keep) == l)
                    return true;
            }
            return false;
        };
        while (keep < names.at(i).size() && clashes(label))
            label = elided(names.at(i), ++keep);
        QString unique = label;
        for (int n = 2; labels.contains(unique); ++n)
            unique = CompareCharts::tr("%1 (%2)").arg(label).arg(n);
        labels.append(unique);
    }
    return labels;
}
} // namespace

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent)
    , m_rank(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_roiView(new QChartView(this))
    , m_breakEvenView(new QChartView(this))
    , m_legend(new QWidget(this))
    , m_hover(new QLabel(this))
    , m_tabs(new QTabBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // One row: the charts' tabs, the ranking and the hover text (a row of its own each took
    // height the table needs at 1024x640).
    auto *top = new QHBoxLayout;
    auto *tabs = m_tabs;
    tabs->setObjectName(u"compareTabs"_s);
    tabs->setDocumentMode(true);
    tabs->setExpanding(false);
    tabs->setDrawBase(false);
    top->addWidget(tabs);
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
    layout->addLayout(top);

    m_empty->setObjectName(u"compareEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing to compare yet: add certifications and give them an expected "
                        "salary uplift to see which pay back first."));
    // One chart at a time, each over the whole width: side by side at 1024x640 the ROI chart
    // was 220 px wide and cut its names to "AWS Certifie..." (issue #9).
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
    m_legend->setObjectName(u"breakEvenLegend"_s);
    auto *legendLayout = new QVBoxLayout(m_legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->addStretch(1);
    legendLayout->addStretch(1);
    // Many certifications (up to MaxLines) scroll in the legend's column rather than cut.
    auto *legendArea = new QScrollArea(breakEven);
    legendArea->setObjectName(u"breakEvenLegendArea"_s);
    legendArea->setWidgetResizable(true);
    legendArea->setFrameShape(QFrame::NoFrame);
    legendArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legendArea->setFocusPolicy(Qt::NoFocus);
    legendArea->setWidget(m_legend);
    // A fixed column: a scroll area of its own would be squeezed to a few letters a line.
    legendArea->setFixedWidth(fontMetrics().averageCharWidth() * 28
                              + legendArea->verticalScrollBar()->sizeHint().width());
    h->addWidget(legendArea);
    charts->addWidget(m_roiView);
    charts->addWidget(breakEven);
    tabs->addTab(tr("ROI"));
    tabs->addTab(tr("Break-even"));
    connect(tabs, &QTabBar::currentChanged, charts, &QStackedWidget::setCurrentIndex);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(charts);
    layout->addWidget(m_stack, 1);

    connect(m_rank, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        emit rankByChanged(rankBy());
    });
    rebuild();
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

// A chart's title that is wider than the chart goes on over as many lines as it needs, broken
// between words. (A chart cuts a long title to "Punto de equilibrio: valor neto acu...", and
// the break-even chart, beside its legend, is narrow at 1024x640.)
static QString titleFor(QChartView *view, const QString &title)
{
    const QFontMetrics metrics(view->chart()->titleFont());
    const int room = view->width() - 24;
    QStringList lines;
    QString line;
    for (const QString &word : title.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= room) {
            line = longer;
        } else {
            lines << line.toHtmlEscaped();
            line = word;
        }
    }
    lines << line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

void CompareCharts::fitTitles()
{
    // The ROI chart's title is its tab's text (rebuild()).
    if (m_breakEvenView->chart())
        m_breakEvenView->chart()->setTitle(titleFor(m_breakEvenView, m_breakEvenTitle));
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
    QStringList texts;
    for (const BarLabel &l : m_barLabels)
        texts.append(l.item->text());
    return texts;
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
    std::stable_sort(m_items.begin(), m_items.end(), [by = rankBy()](const Item &a, const Item &b) {
        return RoiCalculator::ranksBefore(a.result, b.result, by);
    });
    QList<Item> valid;
    for (const Item &i : std::as_const(m_items)) {
        if (i.result.isValid())
            valid.append(i);
    }
    m_stack->setCurrentIndex(valid.isEmpty() ? 0 : 1);
    const QLocale locale;
    const QPalette pal = palette();

    // Each certification keeps its colour whatever the ranking: the colour follows its place
    // among the ids, not its rank.
    QList<qint64> ids;
    for (const Item &i : std::as_const(valid))
        ids.append(i.id);
    std::sort(ids.begin(), ids.end());
    auto colourOf = [&ids, &pal](const Item &i) {
        return ChartPalette::series(
            pal, int(std::lower_bound(ids.cbegin(), ids.cend(), i.id) - ids.cbegin()));
    };

    // ROI % per certification, longest bar at the top whatever "Rank by" says (bars ranked
    // by NPV looked unsorted); many bars would be too thin to read.
    QList<Item> byRoi = valid;
    std::stable_sort(byRoi.begin(), byRoi.end(), [](const Item &a, const Item &b) {
        return RoiCalculator::ranksBefore(a.result, b.result, RoiCalculator::RankBy::Roi);
    });
    // Lines that never pay back are flat and hide the ones that do: they are left out, and
    // the title says how many.
    QList<Item> paying;
    for (const Item &i : std::as_const(valid)) {
        if (!i.result.noPayback)
            paying.append(i);
    }
    const int total = int(valid.size());
    const int barCount = qMin(total, MaxBars);
    const int lineCount = qMin(int(paying.size()), MaxLines);
    auto *roiChart = new QChart;
    const QString roiTitle = tr("ROI over %1").arg(CertificationText::years(m_horizonYears));
    m_roiTitle = barCount < total
        //: chart title, e.g. "ROI over 3 years: best 12 of 30"
        ? tr("%1: best %2 of %3").arg(roiTitle).arg(barCount).arg(total)
        : roiTitle;
    m_tabs->setTabText(0, m_roiTitle);
    m_roiView->setAccessibleName(m_roiTitle);
    auto *bars = new QHorizontalBarSeries(roiChart);
    auto *set = new QBarSet(tr("ROI %"), bars);
    set->setColor(ChartPalette::primary(pal));
    set->setBorderColor(ChartPalette::primary(pal));
    set->setLabelColor(pal.color(QPalette::Text));
    QStringList barNames;
    QStringList hoverTexts;
    QStringList valueTexts;
    for (auto it = byRoi.crbegin() + (total - barCount); it != byRoi.crend(); ++it) {
        // Bar lengths in whole percents; the label gives the figure as the table does, and
        // a free certification has no ratio (no bar, the label says "free").
        set->append(std::round(it->result.roiPercent.value_or(0)));
        valueTexts.append(CertificationText::roi(it->result, locale));
        barNames.append(it->name);
        hoverTexts.append(tr("%1: ROI %2, payback %3, NPV %4")
                              .arg(it->name, CertificationText::roi(it->result, locale),
                                   CertificationText::payback(it->result, locale),
                                   Money::format(it->result.npv, it->currency, locale, 0))
                          + mixedNote(*it));
    }
    bars->append(set);
    bars->setBarWidth(0.7);
    roiChart->addSeries(bars);
    // A bar category axis merges equal labels: keep each one distinct. The chart has the
    // whole width of its tab: a name is cut only past 60 characters.
    QStringList categories = distinctlyElided(barNames, 60);
    for (QString &c : categories)
        c = c.toHtmlEscaped(); // axis labels are HTML
    auto *names = new QBarCategoryAxis(roiChart);
    names->append(categories);
    names->setLabelsVisible(false); // the names are drawn above their bars (placeBarLabels)
    roiChart->addAxis(names, Qt::AlignLeft);
    bars->attachAxis(names);
    auto *percent = new QValueAxis(roiChart);
    percent->setLabelFormat(u"%.0f"_s);
    // The axis title names the column of the chart's data table; drawn, it took the height
    // the names above the bars need (each bar's label gives its percent).
    percent->setTitleText(tr("ROI %"));
    percent->setTitleVisible(false);
    double lo = 0;
    double hi = 0;
    for (int i = 0; i < set->count(); ++i) {
        lo = qMin(lo, set->at(i));
        hi = qMax(hi, set->at(i));
    }
    percent->setRange(lo, hi > lo ? hi * 1.15 : lo + 100);
    percent->applyNiceNumbers();
    roiChart->addAxis(percent, Qt::AlignBottom);
    bars->attachAxis(percent);
    connect(set, &QBarSet::hovered, this, [this, hoverTexts](bool on, int index) {
        if (on && index >= 0 && index < hoverTexts.size())
            showHover(hoverTexts.at(index));
    });
    styleChart(roiChart);
    roiChart->legend()->hide();
    // No title in the chart (the tab says it): the first bar's name has the line above the
    // plot, the others the gaps between the bars.
    roiChart->setMargins(roiChart->margins()
                         + QMargins(0, int(QFontMetricsF(font()).height()) + 2, 0, 0));
    m_barLabels.clear(); // the old chart owns the old labels
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    for (int i = 0; i < set->count(); ++i) {
        auto *text = new QGraphicsSimpleTextItem(valueTexts.at(i), roiChart);
        text->setFont(labelFont);
        text->setZValue(10);
        m_barLabels.append({text, set->at(i)});
    }
    m_barNames.clear();
    for (const QString &barName : std::as_const(barNames)) {
        auto *text = new QGraphicsTextItem(roiChart);
        text->setObjectName(u"roiBarName"_s);
        text->setPlainText(barName); // as the user wrote it
        text->setToolTip(barName);
        text->setFont(font());
        text->setDefaultTextColor(pal.color(QPalette::Text));
        text->document()->setDocumentMargin(0);
        text->setZValue(10);
        m_barNames.append(text);
    }
    connect(roiChart, &QChart::plotAreaChanged, this, &CompareCharts::placeBarLabels);
    QChart *oldRoi = m_roiView->chart();
    m_roiView->setChart(roiChart);
    delete oldRoi;
    placeBarLabels();

    // Cumulative net value by month: below zero until payback.
    auto *be = new QChart;
    QString beTitle = tr("Break-even: cumulative net value by month");
    if (lineCount < paying.size())
        beTitle = tr("%1: best %2 of %3").arg(beTitle).arg(lineCount).arg(paying.size());
    if (paying.size() < total) {
        //: chart title, e.g. "Break-even: cumulative net value by month (2 never pay back)"
        beTitle = tr("%1 (%n never pay(s) back)", nullptr, int(total - paying.size())).arg(beTitle);
    }
    m_breakEvenTitle = beTitle;
    auto *months = new QValueAxis(be);
    months->setRange(0, m_horizonYears * 12);
    months->setLabelFormat(u"%.0f"_s);
    months->setTickCount(qMin(m_horizonYears, 10) + 1);
    months->setTitleText(tr("Months"));
    months->setTitleVisible(false); // the title says "by month"; the height goes to the plot
    auto *money = new QValueAxis(be);
    money->setLabelFormat(u"%.0f"_s);
    be->addAxis(months, Qt::AlignBottom);
    be->addAxis(money, Qt::AlignLeft);
    double minY = 0;
    double maxY = 0;
    QStringList lineNames;
    for (int i = 0; i < lineCount; ++i)
        lineNames.append(paying.at(i).name);
    // The legend stands beside the plot, one line per certification: keep names short, but
    // never two alike; hovering a line gives the full name and value.
    const QStringList legendNames = distinctlyElided(lineNames, 22);
    for (int i = 0; i < lineCount; ++i) {
        const Item &item = paying.at(i);
        auto *line = new QLineSeries(be);
        line->setName(legendNames.at(i).toHtmlEscaped()); // legend labels are HTML
        const QList<QPointF> points = RoiCalculator::breakEvenSeries(item.result, m_horizonYears);
        line->append(points);
        for (const QPointF &p : points) {
            minY = qMin(minY, p.y());
            maxY = qMax(maxY, p.y());
        }
        QPen pen(colourOf(item));
        pen.setWidthF(2);
        line->setPen(pen);
        be->addSeries(line);
        line->attachAxis(months);
        line->attachAxis(money);
        connect(line, &QLineSeries::hovered, this, [this, item](const QPointF &p, bool on) {
            if (!on)
                return;
            const int month = qRound(p.x());
            const QLocale l;
            showHover(tr("%1, month %2: %3 (payback %4)")
                          .arg(item.name)
                          .arg(month)
                          .arg(Money::format(RoiCalculator::cumulativeNet(item.result, month),
                                             item.currency, l, 0),
                               CertificationText::payback(item.result, l))
                      + mixedNote(item));
        });
    }
    auto *zero = new QLineSeries(be);
    zero->append(0, 0);
    zero->append(m_horizonYears * 12, 0);
    QPen zeroPen(pal.color(QPalette::Text));
    zeroPen.setStyle(Qt::DashLine);
    zero->setPen(zeroPen);
    be->addSeries(zero);
    zero->attachAxis(months);
    zero->attachAxis(money);
    money->setRange(minY, maxY > minY ? maxY : minY + 1);
    QStringList currencies;
    bool mixed = false;
    for (int i = 0; i < lineCount; ++i) {
        mixed = mixed || paying.at(i).mixedCurrency;
        if (!currencies.contains(paying.at(i).currency))
            currencies.append(paying.at(i).currency);
    }
    // Lines in different currencies share the axis: say so rather than pretend they are one.
    if (currencies.size() == 1 && !mixed)
        money->setTitleText(tr("Net value (%1)").arg(currencies.first()));
    else
        money->setTitleText(tr("Net value (mixed currencies)"));
    // The unit goes into the chart's title: drawn beside the axis, it needs the chart's
    // height and was cut to "Valor n..." at 1024x640. The axis keeps it for the data table.
    money->setTitleVisible(false);
    //: chart title and its unit, e.g. "Break-even: cumulative net value by month · Net value (USD)"
    m_breakEvenTitle = tr("%1 · %2").arg(m_breakEvenTitle, money->titleText());
    money->applyNiceNumbers();
    // Three figures fit a short chart; more were each cut to "..." at 1024x640.
    money->setTickCount(3);
    // The legend is a column of whole names beside the chart (fillLegend).
    be->legend()->hide();
    QList<QColor> lineColours;
    for (int i = 0; i < lineCount; ++i)
        lineColours.append(colourOf(paying.at(i)));
    fillLegend(lineNames, lineColours);
    styleChart(be);
    QChart *oldBe = m_breakEvenView->chart();
    m_breakEvenView->setChart(be);
    delete oldBe;
    fitTitles();
}

// One row per line of the break-even chart: its colour and its whole name, wrapped when long.
void CompareCharts::fillLegend(const QStringList &names, const QList<QColor> &colours)
{
    auto *layout = static_cast<QVBoxLayout *>(m_legend->layout());
    // Between the two stretches that centre the rows.
    while (layout->count() > 2) {
        QLayoutItem *item = layout->takeAt(1);
        delete item->widget();
        delete item;
    }
    const int side = fontMetrics().height() * 2 / 3;
    for (int i = 0; i < names.size(); ++i) {
        auto *row = new QWidget(m_legend);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *swatch = new QFrame(row);
        swatch->setFixedSize(side, side);
        swatch->setAutoFillBackground(true);
        QPalette pal = swatch->palette();
        pal.setColor(QPalette::Window, colours.value(i));
        swatch->setPalette(pal);
        auto *name = new QLabel(names.at(i), row);
        name->setObjectName(u"legendName"_s);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        h->addWidget(swatch, 0, Qt::AlignTop);
        h->addWidget(name, 1);
        layout->insertWidget(layout->count() - 1, row);
    }
}

// Each label sits inside its bar when it fits there, else just beyond the bar's end (a free
// certification's label starts at zero).
void CompareCharts::placeBarLabels()
{
    QChart *chart = m_roiView->chart();
    const auto series = chart ? chart->series() : QList<QAbstractSeries *>();
    if (series.isEmpty())
        return;
    const QPalette pal = palette();
    const QRectF plot = chart->plotArea();
    const double line = QFontMetricsF(font()).height() + 2;
    // Each name on the line above its bar: the bars get thinner to leave that line free (and
    // the chart's top margin has room for the first).
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (bars && !m_barNames.isEmpty()) {
        const double band = plot.height() / m_barNames.size();
        const double width = std::clamp(1.0 - line / std::max(band, 1.0), 0.25, 0.7);
        bars->setBarWidth(width);
        const QFontMetricsF metrics(font());
        for (int i = 0; i < m_barNames.size(); ++i) {
            QGraphicsTextItem *name = m_barNames.at(i);
            const QString whole = name->toolTip();
            // Cut only a name wider than the whole chart, at its end; the tooltip has it all.
            const QString shown
                = metrics.elidedText(whole, Qt::ElideRight, std::max(0.0, plot.width() - 4));
            if (name->toPlainText() != shown)
                name->setPlainText(shown);
            const double centre = chart->mapToPosition(QPointF(0, i), bars).y();
            name->setPos(plot.left() + 2, centre - width * band / 2 - line + 1);
        }
    }
    for (int i = 0; i < m_barLabels.size(); ++i) {
        const BarLabel &l = m_barLabels.at(i);
        const QPointF end = chart->mapToPosition(QPointF(l.value, i), series.first());
        const QPointF zero = chart->mapToPosition(QPointF(0, i), series.first());
        const QRectF box = l.item->boundingRect();
        const double thickness
            = bars ? bars->barWidth() * plot.height() / m_barLabels.size() : box.height();
        // A negative bar's label stays beside it, right of zero (on the bar it read as part
        // of it).
        const bool inside = l.value >= 0 && std::abs(end.x() - zero.x()) >= box.width() + 8
            && thickness >= box.height();
        double x = 0;
        if (inside)
            x = (end.x() + zero.x() - box.width()) / 2;
        else if (l.value >= 0)
            x = std::max(end.x(), zero.x()) + 4;
        else
            x = std::min(end.x(), zero.x()) - 4 - box.width();
        // A negative bar that reaches the axis leaves no room on its left: the label goes
        // right of zero, where it cannot cover the bar ("-100.0 %" sat on top of it).
        if (!inside && l.value < 0 && x < plot.left() + 2)
            x = std::max(end.x(), zero.x()) + 4;
        x = std::clamp(x, plot.left() + 2, std::max(plot.left() + 2, plot.right() - box.width()));
        l.item->setPos(x, end.y() - box.height() / 2);
        l.item->setBrush(pal.color(inside ? QPalette::HighlightedText : QPalette::Text));
    }
}
