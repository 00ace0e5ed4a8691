#pragma once

#include "reportchartpainter.h"

#include <QByteArray>
#include <QMap>

// Charts recorded once as QPictures (vector drawing commands) by another painter, and played
// back at any size. The app records the Qt Charts drawings on the GUI thread and then lays out,
// previews and writes the PDF on worker threads, where widgets cannot be used.
// One RecordedCharts is shared by every job running at once (preview, Print..., exports), so
// paint() is safe on many threads at the same time: it keeps only the recordings' bytes
// (immutable) and replays each through a QPicture of its own. A QPicture cannot be shared:
// playing it opens, seeks and reads its one internal buffer, so two threads playing one picture
// read each other's commands ("QPicture::play: Invalid command", then a crash).
class RecordedCharts : public ReportChartPainter
{
public:
    RecordedCharts() = default;
    // Records each of CHARTS as SOURCE draws it for DATA.
    RecordedCharts(const ReportChartPainter &source, const ReportData &data,
                   const QStringList &charts);

    double heightFor(const QString &chart, double width) const override;
    void paint(QPainter *painter, const QRectF &rect, const QString &chart,
               const ReportData &data) const override;

private:
    QMap<QString, QByteArray> m_pictures; // QPicture::data() of each chart
};
