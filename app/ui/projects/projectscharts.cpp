#include "projectscharts.h"

#include "common/chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// Chart category labels are rich text to Qt Charts: escape the user's names.
QString label(const QString &text)
{
    const QString shortened = text.size() > 32 ? text.left(31) + QChar(0x2026) : text;
    return shortened.toHtmlEscaped();
}

void fillBars(QChart *chart, const QStringList &names, const QList<double> &values,
              const QStringList &tips, const QColor &colour)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    // The chart choice above names the chart (and the view's accessible name): a title would
    // take the room of a row of bars.
    chart->setTitle(QString());
    auto *set = new QBarSet(QString());
    set->setColor(colour);
    set->setBorderColor(colour);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *categories = new QBarCategoryAxis;
    // Qt Charts turns a name taller than its row into "..." (sixteen categories in a small
    // pane): names are shortened here instead (label()).
    categories->setTruncateLabels(false);
    // Top to bottom in list order: horizontal bars count from the bottom.
    QStringList reversed;
    for (auto it = names.crbegin(); it != names.crend(); ++it)
        reversed << *it;
    for (auto it = values.crbegin(); it != values.crend(); ++it)
        *set << *it;
    categories->append(reversed);
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    // "%d" gives no labels at all with localised numbers (Qt Charts wants a precision).
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTickCount(6);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(axis);
    QObject::connect(set, &QBarSet::hovered, chart, [tips](bool on, int index) {
        const qsizetype i = tips.size() - 1 - index;
        if (on && i >= 0 && i < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(i));
        else
            QToolTip::hideText();
    });
    ChartPalette::apply(chart, chart->palette());
}

} // namespace

ProjectsCharts::ProjectsCharts(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_readinessView(new QChartView(new QChart, this))
    , m_coverageView(new QChartView(new QChart, this))
{
    m_readinessView->setObjectName(u"readinessChart"_s);
    m_coverageView->setObjectName(u"skillCoverageChart"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Char&t:"), this);
    label->setBuddy(m_choice);
    m_choice->setObjectName(u"projectChartCombo"_s);
    m_choice->setAccessibleName(tr("Chart shown"));
    m_choice->addItem(tr("Readiness per project"), int(ReadinessChart));
    m_choice->addItem(tr("Roadmap skills demonstrated by projects (%)"), int(CoverageChart));
    for (int i = 0; i < m_choice->count(); ++i)
        view(Chart(m_choice->itemData(i).toInt()))->setAccessibleName(m_choice->itemText(i));
    row->addWidget(label);
    row->addWidget(m_choice);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_stack, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { showChart(Chart(m_choice->currentData().toInt())); });
    for (QChartView *v : {m_readinessView, m_coverageView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(160);
        v->chart()->setAnimationOptions(QChart::NoAnimation);
        v->chart()->setMargins(QMargins(6, 4, 6, 4));
        v->chart()->setLocale(QLocale());
        v->chart()->setLocalizeNumbers(true);
        m_stack->addWidget(v);
    }
    rebuild();
}

void ProjectsCharts::showChart(Chart chart)
{
    {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(int(chart)));
    }
    m_stack->setCurrentIndex(int(chart));
    // Category labels are laid out for the size the chart has when drawn: draw it shown.
    if (isVisible())
        rebuild();
}

QChartView *ProjectsCharts::view(Chart chart) const
{
    return chart == ReadinessChart ? m_readinessView : m_coverageView;
}

void ProjectsCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the layout has given the views their size.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            rebuild();
    });
}

void ProjectsCharts::setReadiness(const QList<Readiness> &projects)
{
    m_readiness = projects;
    rebuild();
}

void ProjectsCharts::setCoverage(const QList<ProjectRepository::CategoryCoverage> &coverage)
{
    m_coverage = coverage;
    rebuild();
}

QStringList ProjectsCharts::readinessLabels() const
{
    QStringList out;
    for (const Readiness &r : m_readiness)
        out << u"%1: %2"_s.arg(r.name).arg(r.score);
    return out;
}

QStringList ProjectsCharts::coverageLabels() const
{
    QStringList out;
    for (const auto &c : m_coverage)
        out << u"%1: %2/%3"_s.arg(c.category).arg(c.demonstrated).arg(c.skills);
    return out;
}

void ProjectsCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void ProjectsCharts::rebuild()
{
    const QPalette pal = palette();
    QStringList names, tips;
    QList<double> values;
    for (const Readiness &r : std::as_const(m_readiness)) {
        names << label(r.name);
        values << r.score;
        tips << tr("%1: readiness %2 of 100").arg(r.name, QLocale().toString(r.score));
    }
    fillBars(m_readinessView->chart(), names, values, tips, ChartPalette::primary(pal));

    names.clear();
    tips.clear();
    values.clear();
    for (const auto &c : std::as_const(m_coverage)) {
        names << label(c.category);
        values << (c.skills > 0 ? 100.0 * c.demonstrated / c.skills : 0.0);
        tips << tr("%1: %2 of %3 skills shown in a project")
                    .arg(c.category, QLocale().toString(c.demonstrated),
                         QLocale().toString(c.skills));
    }
    fillBars(m_coverageView->chart(), names, values, tips, ChartPalette::primary(pal));
}
