#include "breakevenchart.h"

#include "calc/money.h"
#include "chartnames.h"
#include "common/chartpalette.h"
#include "domain/certificationtext.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

BreakEvenChart::BreakEvenChart(const QList<Item> &valid, int maxLines, int horizonYears,
                               const QPalette &palette)
    : m_chart(new QChart)
    , m_horizonYears(horizonYears)
{
    // Lines that never pay back are flat and hide the ones that do: they are left out, and
    // the title says how many.
    QList<Item> paying;
    for (const Item &i : valid) {
        if (!i.result.noPayback)
            paying.append(i);
    }
    m_lines = paying.first(qMin(int(paying.size()), maxLines));
    m_colours = coloursOf(m_lines, valid, palette);
    m_title = titleFor(int(m_lines.size()), int(paying.size()), int(valid.size()));
    QValueAxis *months = createMonthsAxis();
    auto *money = new QValueAxis(m_chart);
    money->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(months, Qt::AlignBottom);
    m_chart->addAxis(money, Qt::AlignLeft);
    const auto [minY, maxY] = addLines(months, money);
    addZeroLine(months, money, palette);
    money->setRange(minY, maxY > minY ? maxY : minY + 1);
    money->setTitleText(moneyTitle(m_lines));
    // The unit goes into the chart's title: drawn beside the axis, it needs the chart's
    // height and was cut to "Valor n..." at 1024x640. The axis keeps it for the data table.
    money->setTitleVisible(false);
    //: chart title and its unit, e.g. "Break-even: cumulative net value by month · Net value (USD)"
    m_title = tr("%1 · %2").arg(m_title, money->titleText());
    money->applyNiceNumbers();
    // Three figures fit a short chart; more were each cut to "..." at 1024x640.
    money->setTickCount(3);
    // The legend is a column of whole names beside the chart (names(), colours()).
    m_chart->legend()->hide();
}

QValueAxis *BreakEvenChart::createMonthsAxis() const
{
    auto *months = new QValueAxis(m_chart);
    months->setRange(0, m_horizonYears * 12);
    months->setLabelFormat(u"%.0f"_s);
    months->setTickCount(qMin(m_horizonYears, 10) + 1);
    months->setTitleText(tr("Months"));
    months->setTitleVisible(false); // the title says "by month"; the height goes to the plot
    return months;
}

QStringList BreakEvenChart::names() const
{
    QStringList names;
    for (const Item &item : m_lines)
        names.append(item.name);
    return names;
}

QString BreakEvenChart::titleFor(int lineCount, int paying, int total)
{
    QString title = tr("Break-even: cumulative net value by month");
    if (lineCount < paying)
        title = tr("%1: best %2 of %3").arg(title).arg(lineCount).arg(paying);
    if (paying < total) {
        //: chart title, e.g. "Break-even: cumulative net value by month (2 never pay back)"
        title = tr("%1 (%n never pay(s) back)", nullptr, total - paying).arg(title);
    }
    return title;
}

// Each certification keeps its colour whatever the ranking: the colour follows its place among
// the ids, not its rank.
QList<QColor> BreakEvenChart::coloursOf(const QList<Item> &lines, const QList<Item> &valid,
                                        const QPalette &palette)
{
    QList<qint64> ids;
    for (const Item &i : valid)
        ids.append(i.id);
    std::sort(ids.begin(), ids.end());
    QList<QColor> colours;
    for (const Item &i : lines) {
        colours.append(ChartPalette::series(
            palette, int(std::lower_bound(ids.cbegin(), ids.cend(), i.id) - ids.cbegin())));
    }
    return colours;
}

std::pair<double, double> BreakEvenChart::addLines(QValueAxis *months, QValueAxis *money)
{
    // The legend stands beside the plot, one line per certification: keep names short, but
    // never two alike; hovering a line gives the full name and value.
    const QStringList legendNames = ChartNames::distinctlyElided(names(), 22);
    double minY = 0;
    double maxY = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        auto *line = new QLineSeries(m_chart);
        line->setName(legendNames.at(i).toHtmlEscaped()); // legend labels are HTML
        const QList<QPointF> points
            = RoiCalculator::breakEvenSeries(m_lines.at(i).result, m_horizonYears);
        line->append(points);
        for (const QPointF &p : points) {
            minY = qMin(minY, p.y());
            maxY = qMax(maxY, p.y());
        }
        QPen pen(m_colours.at(i));
        pen.setWidthF(2);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(months);
        line->attachAxis(money);
        m_series.append(line);
    }
    return {minY, maxY};
}

void BreakEvenChart::onHover(const QObject *receiver,
                             const std::function<void(const QString &)> &show) const
{
    for (int i = 0; i < m_series.size(); ++i) {
        QObject::connect(
            m_series.at(i), &QLineSeries::hovered, receiver,
            [show, item = m_lines.at(i)](const QPointF &p, bool on) {
                if (!on)
                    return;
                const int month = qRound(p.x());
                const QLocale l;
                show(tr("%1, month %2: %3 (payback %4)")
                         .arg(item.name)
                         .arg(month)
                         .arg(Money::format(RoiCalculator::cumulativeNet(item.result, month),
                                            item.currency, l, 0),
                              CertificationText::payback(item.result, l))
                     + item.mixedNote());
            });
    }
}

void BreakEvenChart::addZeroLine(QValueAxis *months, QValueAxis *money, const QPalette &palette)
{
    auto *zero = new QLineSeries(m_chart);
    zero->append(0, 0);
    zero->append(m_horizonYears * 12, 0);
    QPen zeroPen(palette.color(QPalette::Text));
    zeroPen.setStyle(Qt::DashLine);
    zero->setPen(zeroPen);
    m_chart->addSeries(zero);
    zero->attachAxis(months);
    zero->attachAxis(money);
}

// Lines in different currencies share the axis: say so rather than pretend they are one.
QString BreakEvenChart::moneyTitle(const QList<Item> &lines)
{
    QStringList currencies;
    bool mixed = false;
    for (const Item &item : lines) {
        mixed = mixed || item.mixedCurrency;
        if (!currencies.contains(item.currency))
            currencies.append(item.currency);
    }
    if (currencies.size() == 1 && !mixed)
        return tr("Net value (%1)").arg(currencies.first());
    return tr("Net value (mixed currencies)");
}
