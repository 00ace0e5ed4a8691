#include "report/recordedcharts.h"
#include "report/reportchartpainter.h"

#include <QAtomicInt>
#include <QPainter>
#include <QPainterPath>
#include <QTest>
#include <QThread>

#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Draws enough of what a chart draws (text, lines, a filled path, a dashed outline) that its
// recording is a long stream of commands.
class SampleChart : public ReportChartPainter
{
public:
    void paint(QPainter *painter, const QRectF &rect, const QString &chart,
               const ReportData &) const override
    {
        painter->fillRect(rect, Qt::white);
        QPainterPath web;
        for (int i = 0; i < 60; ++i) {
            const double x = rect.left() + rect.width() * i / 60.0;
            const double y = rect.top() + rect.height() * (0.5 + 0.4 * ((i * 37) % 11 - 5) / 5.0);
            i == 0 ? web.moveTo(x, y) : web.lineTo(x, y);
            painter->setPen(QPen(QColor::fromHsv(i * 6, 200, 180), 1 + i % 3));
            painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.top() + 12));
            painter->drawText(QPointF(x, rect.bottom() - 4), QString::number(i));
        }
        painter->setBrush(QColor(0x1a, 0x4f, 0x9c, 90));
        painter->setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter->drawPath(web);
        painter->drawText(rect, Qt::AlignTop | Qt::AlignHCenter, chart);
    }
};

QImage draw(const RecordedCharts &charts, const QString &chart, const ReportData &data)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    charts.paint(&painter, QRectF(0, 0, 320, 200), chart, data);
    return image;
}

} // namespace

// The recorded charts are shared by every report job of the Reports page: the preview, a
// stale preview still stopping, Print... and the exports lay out on worker threads at once.
// Each must draw the chart whole, whatever the others do (two jobs once replayed one picture
// through its single read position: "QPicture::play: Invalid command", then a crash).
class TestRecordedCharts : public QObject
{
    Q_OBJECT

private slots:
    void replaysTheChart();
    void replaysOnManyThreadsAtOnce();
    void replaysAtTheSizeAskedOnADeviceOfAnyResolution();
};

void TestRecordedCharts::replaysTheChart()
{
    const ReportData data;
    const RecordedCharts charts(SampleChart(), data, {u"radar"_s});
    const QImage replayed = draw(charts, u"radar"_s, data);
    int inked = 0;
    for (int y = 0; y < replayed.height(); ++y)
        for (int x = 0; x < replayed.width(); ++x)
            inked += qGray(replayed.pixel(x, y)) < 200;
    QVERIFY2(inked > 500, qPrintable(QString::number(inked)));
    // Played twice, the same pixels: playing leaves the recording as it was.
    QCOMPARE(draw(charts, u"radar"_s, data), replayed);
    // A chart that was not recorded draws nothing.
    QImage blank(320, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QCOMPARE(draw(charts, u"trend"_s, data), blank);
}

void TestRecordedCharts::replaysOnManyThreadsAtOnce()
{
    QTest::failOnWarning(QRegularExpression(u"QPicture"_s));
    const ReportData data;
    const auto charts
        = std::make_shared<const RecordedCharts>(SampleChart(), data, QStringList {u"radar"_s});
    const QImage expected = draw(*charts, u"radar"_s, data);
    constexpr int Threads = 4;
    constexpr int Rounds = 60;
    QAtomicInt wrong = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < Rounds; ++i)
                if (draw(*charts, u"radar"_s, data) != expected)
                    wrong.fetchAndAddRelaxed(1);
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(240000)));
    QCOMPARE(wrong.loadRelaxed(), 0);
}

void TestRecordedCharts::replaysAtTheSizeAskedOnADeviceOfAnyResolution()
{
    // The PDF writer draws at 1200 dpi: a chart fills the rectangle it is given there as on a
    // 96 dpi image (it came out 12.5 times too large, cut off by the page).
    const ReportData data;
    const RecordedCharts charts(SampleChart(), data, {u"radar"_s});
    const QImage expected = draw(charts, u"radar"_s, data);
    for (const int dpi : {1200, 300, 72}) {
        QImage image(320, 200, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            charts.paint(&painter, QRectF(0, 0, 320, 200), u"radar"_s, data);
        }
        int different = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                different += std::abs(qGray(image.pixel(x, y)) - qGray(expected.pixel(x, y))) > 64;
        // Text may be hinted a little differently at another resolution; shapes may not move.
        QVERIFY2(different < image.width() * image.height() / 50,
                 qPrintable(u"%1 dpi: %2 pixels differ"_s.arg(dpi).arg(different)));
    }
}

QTEST_MAIN(TestRecordedCharts)
#include "tst_recordedcharts.moc"
