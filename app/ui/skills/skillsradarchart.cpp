#include "skillsradarchart.h"

#include "common/chartpalette.h"
#include "radarcategorylabels.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

SkillsRadarChart::SkillsRadarChart(QGraphicsItem *parent)
    : QPolarChart(parent)
    , m_categoryLabels(std::make_unique<RadarCategoryLabels>(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(6, 4, 6, 4));
    // Axis numbers in the user's format.
    setLocale(QLocale());
    setLocalizeNumbers(true);
    connect(this, &QChart::plotAreaChanged, this, &SkillsRadarChart::placeLabels);
}

SkillsRadarChart::~SkillsRadarChart() = default;

void SkillsRadarChart::setLevels(const QList<RoadmapStats::CategoryLevel> &levels,
                                 const QPalette &pal, const QFont &labelFont)
{
    m_levels = levels;
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    qDeleteAll(m_radialLabels);
    m_radialLabels.clear();
    // The texts keep the translation context they had when SkillsCharts built the radar.
    setTitle(QCoreApplication::translate("SkillsCharts", "Level against target, per category"));
    // Below the plot, where the circle leaves room, rather than between title and plot.
    legend()->setAlignment(Qt::AlignBottom);
    const int n = int(m_levels.size());
    auto *current = new QLineSeries;
    current->setName(QCoreApplication::translate("SkillsCharts", "Level"));
    auto *target = new QLineSeries;
    target->setName(QCoreApplication::translate("SkillsCharts", "Target"));
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
    addSeries(target);
    addSeries(current);

    auto *angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        angular->append(m_levels[i].name.toHtmlEscaped(), i); // axis labels are HTML
    // Half a step turned, so that no category sits on the upright spoke where the level
    // numbers are written.
    angular->setRange(-0.5, std::max(n, 1) - 0.5);
    angular->setLabelsFont(labelFont);
    auto *radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    // Qt writes them straight over the lines: placeRadialLabels() writes them on a backing.
    radial->setLabelsVisible(false);
    addAxis(angular, QPolarChart::PolarOrientationAngular);
    addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : {current, target}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
        connect(s, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            const int n = int(m_levels.size());
            if (!state || n == 0) {
                emit categoryHovered(-1, false);
                return;
            }
            emit categoryHovered((int(std::lround(point.x())) % n + n) % n, true);
        });
    }
    ChartPalette::apply(this, pal);
    const QLocale locale;
    QColor backing = pal.color(QPalette::Base);
    backing.setAlpha(220);
    for (int level = 0; level <= 5; ++level) {
        auto *box = new QGraphicsRectItem(this);
        box->setPen(Qt::NoPen);
        box->setBrush(backing);
        box->setZValue(20);
        auto *text = new QGraphicsSimpleTextItem(locale.toString(level), box);
        text->setFont(labelFont);
        text->setBrush(pal.color(QPalette::Text));
        box->setRect(text->boundingRect().adjusted(-2, 0, 2, 0));
        m_radialLabels.append(box);
    }
    QStringList names;
    for (const auto &l : std::as_const(m_levels))
        names.append(l.name);
    m_categoryLabels->setNames(names, labelFont, pal.color(QPalette::Text));
    placeLabels();
}

QStringList SkillsRadarChart::radialLabels() const
{
    QStringList texts;
    for (QGraphicsItem *box : m_radialLabels) {
        const auto children = box->childItems();
        if (!children.isEmpty())
            texts.append(static_cast<QGraphicsSimpleTextItem *>(children.first())->text());
    }
    return texts;
}

// Qt lays its category labels out (the circle keeps room for them) and hides those that
// overlap a neighbour; RadarCategoryLabels writes them all instead. Qt's labels are the text
// items holding a category name: their group (the angular axis's labels) is hidden, which Qt
// leaves as it is when it shows and hides single labels again.
void SkillsRadarChart::hideQtCategoryLabels()
{
    if (m_levels.isEmpty())
        return;
    const QString first = m_levels.first().name.simplified();
    QList<QGraphicsItem *> pending = childItems();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeLast();
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            text && text->parentItem() && text->toPlainText().simplified() == first) {
            text->parentItem()->setVisible(false);
            return;
        }
        pending.append(item->childItems());
    }
}

// The level numbers go up the upright spoke, just to its right, each on a patch of the
// background so that a line crossing the spoke does not run through a digit; the category
// names go round the circle.
void SkillsRadarChart::placeLabels()
{
    const auto all = series();
    if (all.isEmpty())
        return;
    // The angular axis (a QCategoryAxis, a QValueAxis) is the horizontal one.
    const QList<QAbstractAxis *> angular = axes(QPolarChart::PolarOrientationAngular);
    const double top = angular.isEmpty() ? 0 : static_cast<QValueAxis *>(angular.first())->min();
    hideQtCategoryLabels();
    const QPointF centre = mapToPosition(QPointF(top, 0), all.first());
    const QPointF rim = mapToPosition(QPointF(top, 5), all.first());
    // Between the title and the legend.
    QRectF bounds = rect();
    if (!title().isEmpty())
        bounds.setTop(bounds.top() + QFontMetricsF(titleFont()).height() + 4);
    if (legend()->isVisible() && legend()->isAttachedToChart())
        bounds.setBottom(std::min(bounds.bottom(), legend()->geometry().top()));
    m_categoryLabels->place(centre, QLineF(centre, rim).length(), bounds);
    for (int level = 0; level < m_radialLabels.size(); ++level) {
        QGraphicsItem *box = m_radialLabels.at(level);
        const QPointF at = mapToPosition(QPointF(top, level), all.first());
        const QRectF r = box->boundingRect();
        box->setPos(at.x() + 3 - r.left(), at.y() - r.center().y());
    }
}
