#include "skillscharts.h"

#include "skillsradarchart.h"

#include "common/chartpalette.h"
#include "domain/datetext.h"
#include "domain/hourstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;

SkillsCharts::SkillsCharts(QWidget *parent)
    : QWidget(parent)
    , m_radarView(new QChartView(new SkillsRadarChart, this))
    , m_gapView(new QChartView(new QChart, this))
    , m_weeklyView(new QChartView(new QChart, this))
{
    m_radarView->setObjectName(u"radarChart"_s);
    m_gapView->setObjectName(u"gapChart"_s);
    m_weeklyView->setObjectName(u"weeklyHoursChart"_s);
    // The gap list is the tallest chart (15 names, one above the other): it takes the whole
    // height on the right, so every name has a line of its own.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_radarView, 0, 0);
    layout->addWidget(m_weeklyView, 1, 0);
    layout->addWidget(m_gapView, 0, 1, 2, 1);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
    layout->setColumnStretch(0, 5);
    layout->setColumnStretch(1, 4);
    for (QChartView *v : {m_radarView, m_gapView, m_weeklyView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
        QChart *chart = v->chart();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(6, 4, 6, 4));
        // Axis numbers in the user's format.
        chart->setLocale(QLocale());
        chart->setLocalizeNumbers(true);
    }
    connect(radar(), &SkillsRadarChart::categoryHovered, this, [this](int index, bool state) {
        const auto &levels = radar()->levels();
        if (!state || index < 0 || index >= levels.size()) {
            showHover(QString(), m_radarView);
            return;
        }
        const auto &l = levels[index];
        const QLocale locale;
        showHover(
            tr("%1: level %2, target %3 (mean of %n skill(s))", nullptr, l.skills)
                .arg(l.name, locale.toString(l.current, 'f', 1), locale.toString(l.target, 'f', 1)),
            m_radarView);
    });
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

QFont SkillsCharts::labelFont(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

QFont SkillsCharts::labelFont() const
{
    return labelFont(font());
}

void SkillsCharts::showHover(const QString &text, QWidget *view)
{
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else // a tooltip guesses rich text from a '<': say it is plain
        QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(text), view);
}

static void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

SkillsRadarChart *SkillsCharts::radar() const
{
    return static_cast<SkillsRadarChart *>(m_radarView->chart());
}

void SkillsCharts::buildRadar()
{
    radar()->setLevels(m_levels, palette(), labelFont());
    // Tall enough for every category name round the circle, a long one on two lines (the
    // page scrolls): at the shared height the circle shrank to a dot among its names.
    const int line = QFontMetrics(labelFont()).height();
    m_radarView->setMinimumHeight(std::max(220, line * (int(m_levels.size()) + 4)));
}

QStringList SkillsCharts::radialLabels() const
{
    return radar()->radialLabels();
}

void SkillsCharts::buildGaps()
{
    QChart *chart = m_gapView->chart();
    clearChart(chart);
    chart->setTitle(tr("The %1 largest gaps").arg(QLocale().toString(GapCount)));
    chart->legend()->hide();
    // One line per name: the chart never gets so short that the axis drops every other one.
    const QFont small = labelFont();
    const int line = QFontMetrics(small).height() + 4;
    m_gapView->setMinimumHeight(GapCount * line + 6 * QFontMetrics(font()).height());
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
    // Axis labels are drawn as HTML: a name is shown as written, never read as markup.
    for (QString &label : labels)
        label = label.toHtmlEscaped();
    names->append(labels);
    // Qt cuts a name the axis has no room for with "..." (the whole name is in the hover
    // text). Without that it clipped the names' beginnings on a narrow chart ("lodulare
    // Code-Organisation", German at 1024x640).
    names->setTruncateLabels(true);
    names->setLabelsFont(small);
    // The axis ends at the largest gap (a whole level): bars of 1 to 3 on a scale to 5 looked
    // smaller than they are.
    int largest = 1;
    for (const auto &g : std::as_const(m_gaps))
        largest = std::max(largest, g.gap);
    auto *values = new QValueAxis;
    values->setRange(0, largest);
    values->setTickCount(largest + 1);
    values->setLabelFormat(u"%.0f"_s);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        const int i = int(m_gaps.size()) - 1 - index;
        if (!state || i < 0 || i >= m_gaps.size()) {
            showHover(QString(), m_gapView);
            return;
        }
        const auto &g = m_gaps[i];
        showHover(tr("%1: level %2 of %3, %n level(s) to go", nullptr, g.gap)
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
    chart->setTitle(
        m_budget > 0
            ? tr("Study hours per week (budget %1)").arg(HoursText::abbreviated(m_budget, locale))
            : tr("Study hours per week"));
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
    // The budget as a dashed line across all weeks, named in the legend.
    chart->legend()->setVisible(m_budget > 0);
    chart->legend()->setAlignment(Qt::AlignTop);
    if (m_budget > 0) {
        auto *budget = new QLineSeries;
        budget->setObjectName(u"budgetLine"_s);
        budget->setName(tr("Budget: %1 a week").arg(HoursText::abbreviated(m_budget, locale)));
        budget->append(-0.5, m_budget);
        budget->append(std::max(0.5, m_minutes.size() - 0.5), m_budget);
        budget->setPen(QPen(ChartPalette::secondary(pal), 1.5, Qt::DashLine));
        chart->addSeries(budget);
        budget->attachAxis(weeks);
        budget->attachAxis(hours);
    }
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        if (!state || index < 0 || index >= m_minutes.size()) {
            showHover(QString(), m_weeklyView);
            return;
        }
        const QLocale locale;
        showHover(tr("Week of %1: %2")
                      .arg(DateText::shortDate(m_firstWeek.addDays(7 * index), locale),
                           HoursText::abbreviated(m_minutes[index] / 60.0, locale)),
                  m_weeklyView);
    });
    ChartPalette::apply(chart, pal);
}
