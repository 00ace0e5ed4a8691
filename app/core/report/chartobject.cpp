#include "chartobject.h"

#include "reportchartpainter.h"

#include <QPainter>

ChartObject::ChartObject(const ReportChartPainter *painter, const ReportData *data, QObject *parent)
    : QObject(parent)
    , m_painter(painter)
    , m_data(data)
{ }

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return {format.doubleProperty(Width), format.doubleProperty(Height)};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    if (!m_painter || !m_data)
        return;
    painter->save();
    m_painter->paint(painter, rect, format.stringProperty(ChartId), *m_data);
    painter->restore();
}
