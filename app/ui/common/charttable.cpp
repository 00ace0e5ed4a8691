#include "charttable.h"
#include "domain/datetext.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QPolarChart>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace {

QList<QAbstractSeries *> shownSeries(const QChart *chart, QAbstractSeries::SeriesType type)
{
    QList<QAbstractSeries *> out;
    for (QAbstractSeries *s : chart->series()) {
        if (s->isVisible() && s->type() == type)
            out << s;
    }
    return out;
}

bool isBar(const QAbstractSeries *s)
{
    return qobject_cast<const QAbstractBarSeries *>(s) != nullptr;
}

bool isXY(const QAbstractSeries *s)
{
    return qobject_cast<const QXYSeries *>(s) != nullptr;
}

bool isHorizontalBar(const QAbstractSeries *s)
{
    return s->type() == QAbstractSeries::SeriesTypeHorizontalBar
        || s->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
        || s->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
}

// The axis along which SERIES' categories (bars) or x values (lines) run.
QAbstractAxis *categoryAxis(const QChart *chart, QAbstractSeries *series)
{
    if (chart->chartType() == QChart::ChartTypePolar) {
        const QList<QAbstractAxis *> axes = static_cast<const QPolarChart *>(chart)->axes(
            QPolarChart::PolarOrientationAngular, series);
        return axes.isEmpty() ? nullptr : axes.first();
    }
    const Qt::Orientation along = isHorizontalBar(series) ? Qt::Vertical : Qt::Horizontal;
    const QList<QAbstractAxis *> axes = chart->axes(along, series);
    return axes.isEmpty() ? nullptr : axes.first();
}

} // namespace

ChartTable::ChartTable(const QChart *chart, const QLocale &locale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(locale)
{
    if (!chart)
        return;
    m_title = plainText(chart->title());
    bool bars = false;
    bool pie = false;
    for (QAbstractSeries *s : chart->series()) {
        bars = bars || (s->isVisible() && isBar(s));
        pie = pie || (s->isVisible() && s->type() == QAbstractSeries::SeriesTypePie);
    }
    if (bars)
        readBars(chart);
    else if (pie)
        readPie(chart);
    else
        readXY(chart);
}

QString ChartTable::plainText(const QString &chartLabel)
{
    if (!chartLabel.contains(u'<') && !chartLabel.contains(u'&'))
        return chartLabel;
    return QTextDocumentFragment::fromHtml(chartLabel).toPlainText();
}

QString ChartTable::number(double value, const QLocale &locale)
{
    double rounded = std::round(value * 100) / 100;
    if (rounded == 0)
        rounded = 0; // no "-0"
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

void ChartTable::addRow(const QStringList &cells)
{
    QStringList row = cells;
    while (row.size() < m_headers.size())
        row << QString();
    m_rows << row;
}

void ChartTable::readBars(const QChart *chart)
{
    QList<QAbstractBarSeries *> series;
    for (QAbstractSeries *s : chart->series()) {
        if (s->isVisible() && isBar(s))
            series << static_cast<QAbstractBarSeries *>(s);
    }
    QAbstractAxis *axis = categoryAxis(chart, series.first());
    QStringList categories;
    if (auto *named = qobject_cast<QBarCategoryAxis *>(axis))
        categories = named->categories();
    int count = 0;
    QList<QBarSet *> sets;
    m_headers << (axis && !axis->titleText().isEmpty() ? plainText(axis->titleText())
                                                       : tr("Category"));
    for (QAbstractBarSeries *s : std::as_const(series)) {
        for (QBarSet *set : s->barSets()) {
            sets << set;
            count = std::max(count, int(set->count()));
            QString name = plainText(set->label());
            if (name.isEmpty())
                name = plainText(s->name());
            m_headers << (name.isEmpty() ? tr("Value") : name);
        }
    }
    auto *ranges = qobject_cast<QCategoryAxis *>(axis);
    for (int i = 0; i < count; ++i) {
        QString label = categories.value(i);
        if (label.isEmpty() && ranges) {
            for (const QString &l : ranges->categoriesLabels()) {
                if (qFuzzyCompare(ranges->endValue(l) + 1, i + 1.0))
                    label = l;
            }
        }
        QStringList row {label.isEmpty() ? m_locale.toString(i + 1) : plainText(label)};
        for (QBarSet *set : std::as_const(sets))
            row << (i < set->count() ? number(set->at(i), m_locale) : QString());
        addRow(row);
    }
    // A named line across the bars (a budget, a target): one row with its value.
    const bool horizontal = isHorizontalBar(series.first());
    for (QAbstractSeries *s : chart->series()) {
        auto *line = qobject_cast<QXYSeries *>(s);
        if (!line || !line->isVisible() || line->name().isEmpty() || line->count() == 0)
            continue;
        const QList<QPointF> points = line->points();
        const double value = horizontal ? points.first().x() : points.first().y();
        const bool level = std::all_of(points.cbegin(), points.cend(), [&](const QPointF &p) {
            return qFuzzyCompare((horizontal ? p.x() : p.y()) + 1, value + 1);
        });
        if (level)
            addRow({plainText(line->name()), number(value, m_locale)});
    }
}

void ChartTable::readXY(const QChart *chart)
{
    QList<QXYSeries *> series;
    for (QAbstractSeries *s : chart->series()) {
        if (s->isVisible() && isXY(s) && !s->name().isEmpty())
            series << static_cast<QXYSeries *>(s);
    }
    if (series.isEmpty())
        return;
    QAbstractAxis *axis = categoryAxis(chart, series.first());
    QString first;
    if (axis && !axis->titleText().isEmpty())
        first = plainText(axis->titleText());
    else if (qobject_cast<QDateTimeAxis *>(axis))
        first = tr("Date");
    else if (qobject_cast<QCategoryAxis *>(axis) || qobject_cast<QBarCategoryAxis *>(axis))
        first = tr("Category");
    else
        first = tr("Value");
    m_headers << first;
    for (QXYSeries *s : std::as_const(series))
        m_headers << plainText(s->name());

    // Round the circle: on a polar chart x past the angular axis' end is its start again.
    double min = 0;
    double span = 0;
    if (chart->chartType() == QChart::ChartTypePolar) {
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            min = values->min();
            span = values->max() - values->min();
        }
    }
    auto wrap = [&](double x) {
        if (span <= 0)
            return x;
        return x - span * std::floor((x - min) / span);
    };
    // x -> its rows (a scatter may have several points at one x).
    QMap<double, QList<QStringList>> rows;
    for (int c = 0; c < series.size(); ++c) {
        QMap<double, int> seen;
        for (const QPointF &p : series[c]->points()) {
            const double x = wrap(p.x());
            if (x != p.x() && seen.contains(x))
                continue; // the point that closes the circle
            const int k = seen[x]++;
            QList<QStringList> &at = rows[x];
            while (at.size() <= k)
                at << QStringList(QList<QString>(series.size() + 1));
            at[k][c + 1] = number(p.y(), m_locale);
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const double x = it.key();
        QString label;
        if (auto *ranges = qobject_cast<QCategoryAxis *>(axis)) {
            for (const QString &l : ranges->categoriesLabels()) {
                const bool on = ranges->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue
                    ? qFuzzyCompare(ranges->endValue(l) + 1, x + 1)
                    : ranges->startValue(l) <= x && x < ranges->endValue(l);
                if (on)
                    label = plainText(l);
            }
        } else if (auto *named = qobject_cast<QBarCategoryAxis *>(axis)) {
            label = plainText(named->categories().value(int(std::lround(x))));
        } else if (qobject_cast<QDateTimeAxis *>(axis)) {
            label = DateText::shortDate(QDateTime::fromMSecsSinceEpoch(qint64(x)).date(), m_locale);
        }
        if (label.isEmpty())
            label = number(x, m_locale);
        for (QStringList row : it.value()) {
            row[0] = label;
            addRow(row);
        }
    }
}

void ChartTable::readPie(const QChart *chart)
{
    const QList<QAbstractSeries *> pies = shownSeries(chart, QAbstractSeries::SeriesTypePie);
    m_headers << tr("Slice");
    for (QAbstractSeries *s : pies)
        m_headers << (s->name().isEmpty() ? tr("Value") : plainText(s->name()));
    for (int c = 0; c < pies.size(); ++c) {
        for (QPieSlice *slice : static_cast<QPieSeries *>(pies[c])->slices()) {
            QStringList row(QList<QString>(m_headers.size()));
            row[0] = plainText(slice->label());
            row[c + 1] = number(slice->value(), m_locale);
            addRow(row);
        }
    }
}

QString ChartTable::cell(int row, int column) const
{
    return m_rows.value(row).value(column);
}

int ChartTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ChartTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return cell(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChartTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal
        && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
