#include "report/paintforwarder.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QProcess>
#include <QRegion>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// What a chart does to a painter: saves and restores with nothing drawn between, moves, scales
// and rotates, clips by rectangle, path and region (Qt Charts clips a polar chart's series to
// an ellipse region, and draws each half under its own), and draws lines, shapes, text, an
// image, with dashed and cosmetic pens, gradient and translucent brushes.
void paintChartLike(QPainter *p)
{
    p->setRenderHint(QPainter::Antialiasing);
    QImage tile(24, 16, QImage::Format_ARGB32);
    tile.fill(QColor(0x2e, 0x6f, 0xb7, 160));
    QPainter(&tile).fillRect(4, 4, 8, 8, Qt::yellow);
    for (int item = 0; item < 24; ++item) {
        p->save();
        p->translate(10 + (item % 6) * 50, 10 + (item / 6) * 45);
        for (int empty = 0; empty < 12; ++empty) {
            // The items that draw nothing (a hidden label, an empty series): a scene still
            // moves and clips the painter for each.
            p->save();
            p->translate(empty, 2 * empty);
            p->setClipRect(QRectF(0, 0, 30, 20), Qt::IntersectClip);
            p->restore();
        }
        if (item % 3 == 0)
            p->setClipRect(QRectF(0, 0, 40, 30)); // holds what follows whole
        if (item % 4 == 1) { // two clips that cut it, each on its own side
            p->setClipRect(QRectF(0, 0, 24, 40), Qt::IntersectClip);
            p->setClipRect(QRectF(10, 6, 40, 14), Qt::IntersectClip);
        }
        if (item % 5 == 2) {
            const QRegion ellipse(QRect(0, 0, 44, 36), QRegion::Ellipse);
            p->setClipRegion(ellipse.intersected(QRect(0, 0, 22, 36)));
        }
        if (item % 7 == 3) {
            QPainterPath star;
            star.moveTo(20, 0);
            star.lineTo(40, 36);
            star.lineTo(0, 12);
            star.lineTo(40, 12);
            star.lineTo(0, 36);
            star.closeSubpath();
            p->setClipPath(star);
        }
        if (item % 8 == 5)
            p->rotate(12);
        QPen pen(QColor::fromHsv(item * 15, 200, 160), 1 + item % 3,
                 item % 2 ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(item % 6 == 4);
        p->setPen(pen);
        QLinearGradient gradient(0, 0, 40, 30);
        gradient.setColorAt(0, Qt::white);
        gradient.setColorAt(1, QColor::fromHsv(item * 15, 255, 200));
        p->setBrush(item % 2 ? QBrush(gradient) : QBrush(QColor(0x3a, 0x9a, 0x6b, 120)));
        p->drawRect(QRectF(2, 2, 36, 20));
        p->drawEllipse(QRectF(20, 10, 18, 18));
        p->drawLine(QPointF(0, 30), QPointF(44, 0));
        const QPointF wave[] = {{0, 20}, {10, 10}, {20, 24}, {30, 8}, {40, 18}};
        p->drawPolyline(wave, 5);
        p->drawPoints(wave, 5);
        if (item % 4 == 0)
            p->drawImage(QRectF(4, 4, 24, 16), tile);
        p->setFont(QFont(u"DejaVu Sans"_s, 7));
        p->drawText(QPointF(2, 40), u"Item %1"_s.arg(item));
        p->restore();
    }
}

// Paints with PAINT onto an image that already has a page's transform and band clip, either
// directly or through a PaintForwarder.
QImage render(const std::function<void(QPainter *)> &paint, bool forwarded)
{
    QImage image(640, 480, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter target(&image);
    target.translate(7, 5);
    target.setClipRect(QRectF(0, 0, 600, 420));
    target.setPen(QPen(Qt::magenta, 3));
    if (!forwarded) {
        paint(&target);
        return image;
    }
    PaintForwarder forwarder(&target);
    QPainter painter(&forwarder);
    paint(&painter);
    return image;
}

QByteArray pdfOf(const std::function<void(QPainter *)> &paint, bool forwarded)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A6));
    QPainter target(&writer);
    target.translate(30, 30);
    if (!forwarded) {
        paint(&target);
    } else {
        PaintForwarder forwarder(&target);
        QPainter painter(&forwarder);
        paint(&painter);
    }
    target.end();
    return bytes;
}

// PDF as poppler draws it, 72 dpi.
QImage looks(const QByteArray &pdf, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + u".pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess p;
    p.start(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"72"_s, u"-singlefile"_s, path, dir.filePath(name)});
    if (!p.waitForFinished(60000))
        return {};
    return QImage(dir.filePath(name + u".png"_s));
}

} // namespace

class TestPaintForwarder : public QObject
{
    Q_OBJECT
private slots:
    // The forwarder changes what a PDF writer is told, never what is drawn: through it, the
    // drawing comes out pixel for pixel as it does straight onto the target.
    void drawsTheSamePixels()
    {
        const QImage direct = render(paintChartLike, false);
        const QImage forwarded = render(paintChartLike, true);
        QCOMPARE(forwarded.size(), direct.size());
        int differing = 0;
        for (int y = 0; y < direct.height(); ++y)
            for (int x = 0; x < direct.width(); ++x)
                differing += direct.pixel(x, y) != forwarded.pixel(x, y);
        QCOMPARE(differing, 0);
        // Something was drawn at all (a blank image would pass the comparison).
        QVERIFY(direct != QImage(direct.size(), direct.format()));
    }

    // The point of it: a PDF of the same drawing is smaller, and looks the same.
    void writesLessPdfThatLooksTheSame()
    {
        if (!ReportFixture::hasPoppler())
            QSKIP("poppler-utils (pdftoppm) is not installed");
        const QByteArray direct = pdfOf(paintChartLike, false);
        const QByteArray forwarded = pdfOf(paintChartLike, true);
        QVERIFY2(forwarded.size() < direct.size() * 0.8,
                 qPrintable(u"%1 against %2 bytes"_s.arg(forwarded.size()).arg(direct.size())));
        QTemporaryDir dir;
        const QImage a = looks(direct, dir, u"direct"_s);
        const QImage b = looks(forwarded, dir, u"forwarded"_s);
        QVERIFY(!a.isNull());
        QCOMPARE(b, a);
    }

    // Text that a clip hides entirely is not written: on the page it never showed, and in the
    // PDF it would still be found by search and copied out with the rest.
    void leavesOutWhatTheClipHides()
    {
        if (!ReportFixture::hasPoppler())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const auto paint = [](QPainter *p) {
            p->setFont(QFont(u"DejaVu Sans"_s, 10));
            p->setClipRect(QRectF(0, 0, 200, 40));
            p->drawText(QPointF(10, 30), u"Shown"_s);
            p->drawText(QPointF(10, 120), u"Hidden"_s);
        };
        QTemporaryDir dir;
        const auto text = [&](const QByteArray &pdf, const QString &name) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(pdf);
            file.close();
            return ReportFixture::poppler(u"pdftotext"_s, {file.fileName(), u"-"_s});
        };
        const QString direct = text(pdfOf(paint, false), u"direct.pdf"_s);
        const QString forwarded = text(pdfOf(paint, true), u"forwarded.pdf"_s);
        QVERIFY2(direct.contains(u"Hidden"_s), qPrintable(direct)); // what Qt alone writes
        QVERIFY2(forwarded.contains(u"Shown"_s), qPrintable(forwarded));
        QVERIFY2(!forwarded.contains(u"Hidden"_s), qPrintable(forwarded));
    }

    // When the painter on the forwarder ends, the target is as it was: its own transform,
    // pen and clip, and it draws on as before.
    void leavesTheTargetAsItWas()
    {
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter target(&image);
        target.translate(10, 20);
        target.setClipRect(QRect(0, 0, 50, 50));
        const QPen pen(Qt::red, 2);
        target.setPen(pen);
        const QTransform transform = target.transform();
        const QRegion clip = target.clipRegion();
        {
            PaintForwarder forwarder(&target);
            QPainter painter(&forwarder);
            painter.setClipRect(QRect(0, 0, 5, 5));
            painter.scale(3, 3);
            painter.setPen(Qt::blue);
            painter.drawLine(0, 0, 4, 4);
        }
        QCOMPARE(target.transform(), transform);
        QCOMPARE(target.pen(), pen);
        QCOMPARE(target.clipRegion(), clip);
        target.drawPoint(30, 30);
        target.end();
        QCOMPARE(image.pixel(40, 50), QColor(Qt::red).rgb());
        QCOMPARE(image.pixel(11, 21), QColor(Qt::blue).rgb());
    }
};

QTEST_MAIN(TestPaintForwarder)
#include "tst_paintforwarder.moc"
