#include "reportcharts.h"

#include "common/chartpalette.h"
#include "report/portfoliobuilder.h"
#include "report/reportfonts.h"
#include "skills/skillscharts.h"
#include "skills/skillsradarchart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QStyle>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// Charts are laid out at this size in scene units and scaled onto the page as vectors.
constexpr QSizeF SceneSize(640, 400);

// Whether ITEM draws a shape of no size: the radar's grid circle at level 0 is an ellipse of
// radius 0. On screen it paints nothing; in a PDF its outline becomes an empty path that Qt
// writes as a bare "h f", which PDF readers report ("No current point in closepath").
bool isDegenerate(const QGraphicsItem *item)
{
    if (const auto *e = qgraphicsitem_cast<const QGraphicsEllipseItem *>(item))
        return e->rect().width() <= 0 && e->rect().height() <= 0;
    if (const auto *r = qgraphicsitem_cast<const QGraphicsRectItem *>(item))
        return r->rect().width() <= 0 && r->rect().height() <= 0;
    if (const auto *l = qgraphicsitem_cast<const QGraphicsLineItem *>(item))
        return l->line().p1() == l->line().p2();
    if (const auto *p = qgraphicsitem_cast<const QGraphicsPathItem *>(item))
        return p->path().isEmpty()
            || (p->path().boundingRect().width() <= 0 && p->path().boundingRect().height() <= 0);
    return false;
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &rect)
{
    chart->resize(SceneSize);
    QGraphicsScene *scene = chart->scene();
    const bool ownScene = scene == nullptr;
    if (ownScene) {
        scene = new QGraphicsScene;
        scene->addItem(chart);
    }
    scene->setSceneRect(QRectF(QPointF(0, 0), SceneSize));
    QList<QGraphicsItem *> hidden;
    for (QGraphicsItem *item : scene->items()) {
        if (item->isVisible() && isDegenerate(item)) {
            item->hide();
            hidden << item;
        }
    }
    scene->render(painter, rect, QRectF(QPointF(0, 0), SceneSize), Qt::KeepAspectRatio);
    for (QGraphicsItem *item : std::as_const(hidden))
        item->show();
    if (ownScene) {
        scene->removeItem(chart);
        delete scene;
    }
}

// The chart's texts in the report's font, at the sizes and weights the chart chose: a PDF
// then embeds the report's faces only, not the hinted system font too (issue #12, speed).
void useReportFont(QChart *chart)
{
    chart->setTitleFont(ReportFonts::font(chart->titleFont()));
    chart->legend()->setFont(ReportFonts::font(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(ReportFonts::font(axis->labelsFont()));
        axis->setTitleFont(ReportFonts::font(axis->titleFont()));
    }
}

QPalette printPalette()
{
    // Paper is white: the light palette, whatever the app's appearance.
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    return palette;
}

void paintRadar(QPainter *painter, const QRectF &rect, const ReportData &data)
{
    // The Skills page's radar chart alone, not the page's three charts around it.
    SkillsRadarChart chart;
    chart.setLevels(RoadmapStats::categoryLevels(data.roadmap), printPalette(),
                    SkillsCharts::labelFont(ReportFonts::font(QApplication::font())));
    useReportFont(&chart);
    renderChart(&chart, painter, rect);
}

void paintTrend(QPainter *painter, const QRectF &rect, const ReportData &data)
{
    QChart chart;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
    const QPalette palette = printPalette();
    // The interviewer's score where there is one (an outside view), else the user's own; the
    // readiness line averages the last few, as the readiness per format does.
    auto *series = new QLineSeries;
    series->setName(QApplication::translate("ReportCharts", "Score"));
    series->setPen(QPen(ChartPalette::primary(palette), 2));
    series->setPointsVisible(true);
    auto *average = new QLineSeries;
    average->setName(QApplication::translate("ReportCharts", "Average of the last %1")
                         .arg(InterviewReadiness::RecentSessions));
    average->setPen(QPen(ChartPalette::secondary(palette), 3));
    auto *target = new QLineSeries;
    target->setName(QApplication::translate("ReportCharts", "Target"));
    target->setPen(QPen(palette.color(QPalette::Text), 1.5, Qt::DashLine));
    const qsizetype n = data.interviews.size();
    QList<int> scores;
    for (qsizetype i = 0; i < n; ++i) {
        const auto &s = data.interviews.at(i);
        scores.append(s.interviewerScore ? *s.interviewerScore : s.selfScore);
        series->append(double(i + 1), scores.last());
        const qsizetype from = std::max<qsizetype>(0, i + 1 - InterviewReadiness::RecentSessions);
        double sum = 0;
        for (qsizetype j = from; j <= i; ++j)
            sum += scores.at(j);
        average->append(double(i + 1), sum / double(i + 1 - from));
    }
    const double last = double(std::max<qsizetype>(2, n));
    target->append(1, data.interviewTarget);
    target->append(last, data.interviewTarget);
    auto *x = new QValueAxis;
    x->setRange(1, last);
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(QApplication::translate("ReportCharts", "Session"));
    auto *y = new QValueAxis;
    y->setRange(1, 5);
    y->setTickCount(5);
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(QApplication::translate("ReportCharts", "Score"));
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {series, average, target}) {
        chart.addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    ChartPalette::apply(&chart, palette);
    // apply() styles the series by the palette; keep the roles drawn above.
    series->setPen(QPen(ChartPalette::primary(palette), 2));
    average->setPen(QPen(ChartPalette::secondary(palette), 3));
    target->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
    useReportFont(&chart);
    renderChart(&chart, painter, rect);
}

} // namespace

double ReportCharts::heightFor(const QString &, double width) const
{
    return width * SceneSize.height() / SceneSize.width();
}

void ReportCharts::paint(QPainter *painter, const QRectF &rect, const QString &chart,
                         const ReportData &data) const
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    if (chart == PortfolioBuilder::SkillsRadar)
        paintRadar(painter, rect, data);
    else if (chart == PortfolioBuilder::InterviewTrend)
        paintTrend(painter, rect, data);
}
