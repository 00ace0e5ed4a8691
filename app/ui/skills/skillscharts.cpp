#include "skillscharts.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

SkillsCharts::SkillsCharts(QWidget *parent)
    : QWidget(parent)
    , m_radarView(new QChartView(new QPolarChart, this))
    , m_gapView(new QChartView(new QChart, this))
    , m_weeklyView(new QChartView(new QChart, this))
{
    m_radarView->setObjectName(u"radarChart"_s);
    m_gapView->setObjectName(u"gapChart"_s);
    m_weeklyView->setObjectName(u"weeklyHoursChart"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_radarView, 0, 0);
    layout->addWidget(m_gapView, 0, 1);
    layout->addWidget(m_weeklyView, 1, 0, 1, 2);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
    for (QChartView *v : {m_radarView, m_gapView, m_weeklyView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
        v->chart()->setAnimationOptions(QChart::NoAnimation);
    }
    buildRadar();
    buildGaps();
    buildWeekly();
}

void SkillsCharts::setRoadmap(const Roadmap &roadmap)
{
    m_levels = RoadmapStats::categoryLevels(roadmap);
    m_gaps = RoadmapStats::largestGaps(roadmap.skills, GapCount);
    buildRadar();
    buildGaps();
}

void SkillsCharts::setWeeklyMinutes(const QDate &firstWeek, const QList<int> &minutes,
                                    double budgetHours)
{
    m_firstWeek = firstWeek;
    m_minutes = minutes;
    m_budget = budgetHours;
    buildWeekly();
}

void SkillsCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void SkillsCharts::restyle()
{
    buildRadar();
    buildGaps();
    buildWeekly();
}

static void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void SkillsCharts::buildRadar()
{
    auto *chart = static_cast<QPolarChart *>(m_radarView->chart());
    clearChart(chart);
    chart->setTitle(tr("Level against target, per category"));
    const QPalette pal = palette();
    const int n = int(m_levels.size());
    auto *current = new QLineSeries;
    current->setName(tr("Level"));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    for (int i = 0; i <= n && n > 0; ++i) {
        const auto &l = m_levels[i % n];
        current->append(i, l.current);
        target->append(i, l.target);
    }
    QPen currentPen(ChartPalette::primary(pal), 2.5);
    current->setPen(currentPen);
    current->setPointsVisible(true);
    QPen targetPen(ChartPalette::secondary(pal), 1.5, Qt::DashLine);
    target->setPen(targetPen);
    chart->addSeries(target);
    chart->addSeries(current);

    auto *angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        angular->append(m_levels[i].name, i);
    angular->setRange(0, std::max(n, 1));
    auto *radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : {current, target}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
        connect(s, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state || m_levels.isEmpty()) {
                QToolTip::hideText();
                return;
            }
            const int i = int(std::lround(point.x())) % int(m_levels.size());
            const auto &l = m_levels[i];
            const QLocale locale;
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: level %2, target %3 (mean of %n skill(s))", nullptr, l.skills)
                    .arg(l.name, locale.toString(l.current, 'f', 1),
                         locale.toString(l.target, 'f', 1)),
                m_radarView);
        });
    }
    ChartPalette::apply(chart, pal);
}

void SkillsCharts::buildGaps()
{
    QChart *chart = m_gapView->chart();
    clearChart(chart);
    chart->setTitle(tr("The %1 largest gaps").arg(QLocale().toString(GapCount)));
    chart->legend()->hide();
    const QPalette pal = palette();
    auto *set = new QBarSet(tr("Gap"));
    set->setColor(ChartPalette::primary(pal));
    set->setBorderColor(ChartPalette::primary(pal));
    QStringList labels;
    // Largest at the top: horizontal bars draw the first category at the bottom.
    for (int i = int(m_gaps.size()) - 1; i >= 0; --i) {
        QString label = m_gaps[i].name;
        if (label.size() > 30) // the full name is in the hover text
            label = label.left(28) + u'\u2026';
        while (labels.contains(label)) // the axis needs distinct labels
            label += u' ';
        labels << label;
        *set << m_gaps[i].gap;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    names->setTruncateLabels(false);
    auto *values = new QValueAxis;
    values->setRange(0, 5);
    values->setTickCount(6);
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        const int i = int(m_gaps.size()) - 1 - index;
        if (!state || i < 0 || i >= m_gaps.size()) {
            QToolTip::hideText();
            return;
        }
        const auto &g = m_gaps[i];
        QToolTip::showText(
            QCursor::pos(),
            tr("%1: level %2 of %3, %n level(s) to go", nullptr, g.gap)
                .arg(g.name, QLocale().toString(g.current), QLocale().toString(g.target)),
            m_gapView);
    });
    ChartPalette::apply(chart, pal);
}

void SkillsCharts::buildWeekly()
{
    QChart *chart = m_weeklyView->chart();
    clearChart(chart);
    const QLocale locale;
    chart->setTitle(m_budget > 0
                        ? tr("Study hours per week (budget %1 h)").arg(locale.toString(m_budget))
                        : tr("Study hours per week"));
    chart->legend()->hide();
    const QPalette pal = palette();
    auto *set = new QBarSet(tr("Hours"));
    set->setColor(ChartPalette::primary(pal));
    set->setBorderColor(ChartPalette::primary(pal));
    double most = 0;
    for (int m : std::as_const(m_minutes)) {
        *set << m / 60.0;
        most = std::max(most, m / 60.0);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *weeks = new QCategoryAxis;
    weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < m_minutes.size(); i += 4)
        weeks->append(locale.toString(m_firstWeek.addDays(7 * i), u"d MMM"_s), i);
    weeks->setRange(-0.5, std::max(0.5, m_minutes.size() - 0.5));
    weeks->setGridLineVisible(false);
    auto *hours = new QValueAxis;
    hours->setRange(0, std::max({most, m_budget, 1.0}) * 1.1);
    hours->setLabelFormat(u"%.0f"_s);
    hours->applyNiceNumbers();
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(hours, Qt::AlignLeft);
    series->attachAxis(weeks);
    series->attachAxis(hours);
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        if (!state || index < 0 || index >= m_minutes.size()) {
            QToolTip::hideText();
            return;
        }
        const QLocale locale;
        QToolTip::showText(
            QCursor::pos(),
            tr("Week of %1: %2 h")
                .arg(locale.toString(m_firstWeek.addDays(7 * index), QLocale::ShortFormat),
                     locale.toString(m_minutes[index] / 60.0, 'f', 1)),
            m_weeklyView);
    });
    ChartPalette::apply(chart, pal);
}
