#include "reportcharts.h"

#include "common/chartpalette.h"
#include "report/portfoliobuilder.h"
#include "skills/skillscharts.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QStyle>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// Charts are laid out at this size in scene units and scaled onto the page as vectors.
constexpr QSizeF SceneSize(640, 400);

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
    scene->render(painter, rect, QRectF(QPointF(0, 0), SceneSize), Qt::KeepAspectRatio);
    if (ownScene) {
        scene->removeItem(chart);
        delete scene;
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
    SkillsCharts charts;
    charts.setPalette(printPalette());
    charts.setRoadmap(data.roadmap);
    auto *view = charts.findChild<QChartView *>(u"radarChart"_s);
    if (!view)
        return;
    view->resize(SceneSize.toSize());
    renderChart(view->chart(), painter, rect);
}

void paintTrend(QPainter *painter, const QRectF &rect, const ReportData &data)
{
    QChart chart;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.legend()->setVisible(false);
    auto *series = new QLineSeries;
    const QPalette palette = printPalette();
    series->setPen(QPen(ChartPalette::primary(palette), 2.5));
    series->setPointsVisible(true);
    for (qsizetype i = 0; i < data.interviews.size(); ++i)
        series->append(double(i + 1), data.interviews.at(i).selfScore);
    chart.addSeries(series);
    auto *x = new QValueAxis;
    x->setRange(1, std::max<qsizetype>(2, data.interviews.size()));
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(QApplication::translate("ReportCharts", "Session"));
    auto *y = new QValueAxis;
    y->setRange(1, 5);
    y->setTickCount(5);
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(QApplication::translate("ReportCharts", "Score"));
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartPalette::apply(&chart, palette);
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
