#pragma once

#include <QObject>
#include <QTextObjectInterface>

class ReportChartPainter;
struct ReportData;

// Puts a chart into a QTextDocument as an inline object: the layout reserves its size and
// asks the ReportChartPainter to draw it when the page is painted.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 12;
    enum Property { ChartId = QTextFormat::UserProperty + 1, Width, Height };

    ChartObject(const ReportChartPainter *painter, const ReportData *data,
                QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const ReportChartPainter *m_painter;
    const ReportData *m_data;
};
