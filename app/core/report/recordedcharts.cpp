#include "recordedcharts.h"

#include <QPainter>
#include <QPicture>

namespace {
const QRectF Frame(0, 0, 640, 400);
}

RecordedCharts::RecordedCharts(const ReportChartPainter &source, const ReportData &data,
                               const QStringList &charts)
{
    for (const QString &chart : charts) {
        QPicture picture;
        QPainter painter(&picture);
        source.paint(&painter, Frame, chart, data);
        painter.end();
        m_pictures.insert(chart, QByteArray(picture.data(), qsizetype(picture.size())));
    }
}

double RecordedCharts::heightFor(const QString &, double width) const
{
    return width * Frame.height() / Frame.width();
}

void RecordedCharts::paint(QPainter *painter, const QRectF &rect, const QString &chart,
                           const ReportData &) const
{
    const auto it = m_pictures.constFind(chart);
    if (it == m_pictures.cend())
        return;
    // A picture of this call's own: nothing it reads is shared with another thread.
    QPicture picture;
    picture.setData(it->constData(), uint(it->size()));
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / Frame.width(), rect.height() / Frame.height());
    // QPicture plays itself back scaled by the device's DPI against its own (96): on the
    // 1200 dpi PDF writer a chart came out 12.5 times too large, cut off by its page.
    if (const QPaintDevice *device = painter->device())
        painter->scale(picture.logicalDpiX() / double(device->logicalDpiX()),
                       picture.logicalDpiY() / double(device->logicalDpiY()));
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
}
