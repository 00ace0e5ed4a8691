#include "interviewcharts.h"

#include "common/chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 160);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

// Category labels are elided by the chart to "..." when long: shorten them ourselves. They are
// rich text to Qt Charts, as are titles and legend names: the user's names are escaped.
QString shortLabel(const QString &text)
{
    constexpr int Max = 40;
    const QString shortened
        = text.size() <= Max ? text : text.left(Max - 1).trimmed() + QChar(0x2026);
    return shortened.toHtmlEscaped();
}

QValueAxis *scoreAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, 5);
    axis->setTickCount(6);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

} // namespace

InterviewCharts::InterviewCharts(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QComboBox(this))
    , m_formatLabel(new QLabel(tr("F&ormat:"), this))
    , m_format(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_scoreView(chartView(u"scoreOverTimeChart"_s, this))
    , m_weeklyView(chartView(u"sessionsPerWeekChart"_s, this))
    , m_topicView(chartView(u"topicStrengthChart"_s, this))
    , m_readinessView(chartView(u"readinessChart"_s, this))
    , m_resized(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Char&t:"), this);
    m_chart->setObjectName(u"chartChoiceCombo"_s);
    m_chart->setAccessibleName(tr("Chart shown"));
    m_chart->addItem(tr("Score over time"), int(ScoreOverTime));
    m_chart->addItem(tr("Sessions per week"), int(SessionsPerWeek));
    m_chart->addItem(tr("Strength per topic"), int(TopicStrength));
    m_chart->addItem(tr("Readiness per format"), int(Readiness));
    label->setBuddy(m_chart);
    m_format->setObjectName(u"chartFormatCombo"_s);
    m_format->setAccessibleName(tr("Format shown in the score chart"));
    m_formatLabel->setBuddy(m_format);
    row->addWidget(label);
    row->addWidget(m_chart);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_formatLabel);
    row->addWidget(m_format);
    row->addStretch(1);
    layout->addLayout(row);
    m_stack->setObjectName(u"chartStack"_s);
    for (QChartView *v : {m_scoreView, m_weeklyView, m_topicView, m_readinessView})
        m_stack->addWidget(v);
    layout->addWidget(m_stack, 1);
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] { showChart(currentChart()); });
    // Labels are laid out for the size a chart is drawn at: draw again once a resize settles.
    m_resized->setSingleShot(true);
    m_resized->setInterval(150);
    connect(m_resized, &QTimer::timeout, this, [this] {
        if (isVisible())
            redraw();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            drawScores();
        else
            m_dirty = true;
    });
}

void InterviewCharts::showChart(Chart chart)
{
    {
        const QSignalBlocker block(m_chart);
        m_chart->setCurrentIndex(m_chart->findData(int(chart)));
    }
    m_stack->setCurrentIndex(int(chart));
    // The format choice belongs to the score chart only.
    m_formatLabel->setVisible(chart == ScoreOverTime);
    m_format->setVisible(chart == ScoreOverTime);
    // A chart laid out while hidden keeps "..." for its labels: draw it now that it shows.
    if (isVisible())
        draw(chart);
}

InterviewCharts::Chart InterviewCharts::currentChart() const
{
    return Chart(m_chart->currentData().toInt());
}

QChartView *InterviewCharts::view(Chart chart) const
{
    return qobject_cast<QChartView *>(m_stack->widget(int(chart)));
}

QList<double> InterviewCharts::movingAverage(const QList<int> &values, int window)
{
    QList<double> result;
    result.reserve(values.size());
    int sum = 0;
    for (int i = 0; i < values.size(); ++i) {
        sum += values.at(i);
        if (i >= window)
            sum -= values.at(i - window);
        result << double(sum) / double(std::min(i + 1, window));
    }
    return result;
}

void InterviewCharts::setData(const Data &data)
{
    m_data = data;
    const QString current = m_format->currentData().toString();
    {
        const QSignalBlocker block(m_format);
        m_format->clear();
        m_format->addItem(tr("All formats"), QString());
        QStringList keys;
        for (const auto &s : std::as_const(m_data.scores))
            if (!keys.contains(s.format))
                keys << s.format;
        std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
            return QString::localeAwareCompare(formatName(a), formatName(b)) < 0;
        });
        for (const QString &k : keys)
            m_format->addItem(formatName(k), k);
        m_format->setCurrentIndex(std::max(0, m_format->findData(current)));
    }
    // Qt Charts lays category labels out once, for the size the view has then: a chart drawn
    // while its tab is hidden keeps "..." for every label. Draw when shown.
    m_dirty = true;
    if (isVisible())
        redraw();
}

void InterviewCharts::redraw()
{
    m_dirty = false;
    draw(currentChart());
}

void InterviewCharts::draw(Chart chart)
{
    switch (chart) {
    case ScoreOverTime:
        drawScores();
        break;
    case SessionsPerWeek:
        drawWeekly();
        break;
    case TopicStrength:
        drawTopics();
        break;
    case Readiness:
    case ChartCount:
        drawReadiness();
        break;
    }
}

void InterviewCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the layout has given the views their size.
    if (m_dirty)
        QTimer::singleShot(0, this, [this] {
            if (m_dirty && isVisible())
                redraw();
        });
}

void InterviewCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible())
        m_resized->start();
}

void InterviewCharts::drawScores()
{
    const QString format = m_format->currentData().toString();
    auto *chart = new QChart;
    chart->setTitle(format.isEmpty()
                        ? tr("Score over time, all formats")
                        : tr("Score over time: %1").arg(formatName(format).toHtmlEscaped()));
    auto *points = new QScatterSeries;
    points->setName(tr("Session score"));
    points->setMarkerSize(7);
    auto *average = new QLineSeries;
    average->setName(tr("Moving average of %1").arg(MovingAverage));
    QList<int> values;
    QList<qint64> times;
    for (auto it = m_data.scores.crbegin(); it != m_data.scores.crend(); ++it) {
        if (!format.isEmpty() && it->format != format)
            continue;
        values << InterviewReadiness::scoreOf(*it);
        times << it->date.startOfDay().toMSecsSinceEpoch();
    }
    const QList<double> smooth = movingAverage(values, MovingAverage);
    for (int i = 0; i < values.size(); ++i) {
        points->append(times.at(i), values.at(i));
        average->append(times.at(i), smooth.at(i));
    }
    const QPalette pal = palette();
    QColor faint = ChartPalette::series(pal, 3);
    points->setColor(faint);
    points->setBorderColor(faint);
    QPen pen(ChartPalette::primary(pal));
    pen.setWidth(3);
    average->setPen(pen);
    chart->addSeries(points);
    chart->addSeries(average);
    auto *x = new QDateTimeAxis;
    // "Jun 26" read as the 26th of June: the year in full.
    x->setFormat(u"MMM yyyy"_s);
    x->setTickCount(5);
    if (!times.isEmpty()) {
        const qint64 day = 24 * 3600 * 1000LL;
        x->setRange(QDateTime::fromMSecsSinceEpoch(times.first() - day),
                    QDateTime::fromMSecsSinceEpoch(times.last() + day));
    }
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = scoreAxis(tr("Score"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartPalette::apply(chart, pal);
    replaceChart(m_scoreView, chart);
}

void InterviewCharts::drawWeekly()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Sessions per week, by format"));
    auto *series = new QStackedBarSeries;
    QStringList keys = m_data.weekly.keys();
    std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        return QString::localeAwareCompare(formatName(a), formatName(b)) < 0;
    });
    int max = 1;
    QList<int> totals(Weeks, 0);
    for (int i = 0; i < keys.size(); ++i) {
        auto *set = new QBarSet(formatName(keys.at(i)).toHtmlEscaped());
        const QList<int> &counts = m_data.weekly.value(keys.at(i));
        for (int w = 0; w < Weeks; ++w) {
            const int n = w < counts.size() ? counts.at(w) : 0;
            *set << n;
            totals[w] += n;
        }
        set->setColor(ChartPalette::series(palette(), i));
        set->setBorderColor(palette().color(QPalette::Base));
        series->append(set);
    }
    for (int t : totals)
        max = std::max(max, t);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setTruncateLabels(false);
    const QLocale locale;
    const QFontMetrics metrics(x->labelsFont());
    int longest = 0;
    for (int w = 0; w < Weeks; ++w) {
        const QString day = locale.toString(m_data.firstWeek.addDays(7 * w), u"d MMM"_s);
        x->append(day);
        longest = std::max(longest, metrics.horizontalAdvance(day));
    }
    // Upright when each week's column has room for its date (the legend and the value axis
    // take the rest of the width), else turned: a label the chart cannot fit it leaves out.
    int legend = 0;
    for (const QString &k : std::as_const(keys))
        legend = std::max(legend, metrics.horizontalAdvance(formatName(k)));
    const int column
        = (m_weeklyView->width() - legend - metrics.height() * 2 - metrics.height() * 6) / Weeks;
    x->setLabelsAngle(longest + metrics.averageCharWidth() * 2 <= column ? 0 : -90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, max);
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(std::min(max, 5) + 1);
    y->setTitleText(tr("Sessions"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    ChartPalette::apply(chart, palette());
    replaceChart(m_weeklyView, chart);
}

void InterviewCharts::drawTopics()
{
    constexpr int Shown = 8;
    auto *chart = new QChart;
    chart->setTitle(tr("Strength per topic (weakest %1)").arg(Shown));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Average of the last scores"));
    QStringList names;
    const int n = std::min<int>(Shown, int(m_data.topics.size()));
    // Bottom to top: the weakest at the top.
    for (int i = n - 1; i >= 0; --i) {
        *set << m_data.topics.at(i).average;
        names << shortLabel(m_data.topics.at(i).name);
    }
    set->setColor(ChartPalette::primary(palette()));
    set->setBorderColor(ChartPalette::primary(palette()));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setTruncateLabels(false);
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = scoreAxis(tr("Average of the last %1 scores").arg(TopicRanking::RecentScores));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    ChartPalette::apply(chart, palette());
    replaceChart(m_topicView, chart);
}

void InterviewCharts::drawReadiness()
{
    const QList<InterviewReadiness::FormatReadiness> readiness
        = InterviewReadiness::perFormat(m_data.scores, m_data.target);
    auto *chart = new QChart;
    chart->setTitle(tr("Readiness per format: recent average against the target %1")
                        .arg(QLocale().toString(m_data.target, 'f', 1)));
    auto *ready = new QBarSet(tr("Ready"));
    auto *notYet = new QBarSet(tr("Not yet"));
    QStringList names;
    // Bottom to top, so the list reads in the order of the sessions' formats.
    for (auto it = readiness.crbegin(); it != readiness.crend(); ++it) {
        names << shortLabel(formatName(it->format));
        *ready << (it->ready ? it->recentAverage : 0);
        *notYet << (it->ready ? 0 : it->recentAverage);
    }
    ready->setColor(ChartPalette::primary(palette()));
    ready->setBorderColor(ChartPalette::primary(palette()));
    notYet->setColor(ChartPalette::series(palette(), 2));
    notYet->setBorderColor(ChartPalette::series(palette(), 2));
    auto *series = new QHorizontalStackedBarSeries;
    series->append(ready);
    series->append(notYet);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setTruncateLabels(false);
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x
        = scoreAxis(tr("Average of the last %1 sessions").arg(InterviewReadiness::RecentSessions));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // The target as a line across the bars.
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    target->append(m_data.target, 0);
    target->append(m_data.target, 1);
    QPen pen(ChartPalette::secondary(palette()));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    target->setPen(pen);
    chart->addSeries(target);
    auto *hidden = new QValueAxis;
    hidden->setRange(0, 1);
    hidden->setVisible(false);
    chart->addAxis(hidden, Qt::AlignRight);
    target->attachAxis(x);
    target->attachAxis(hidden);
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartPalette::apply(chart, palette());
    replaceChart(m_readinessView, chart);
}
