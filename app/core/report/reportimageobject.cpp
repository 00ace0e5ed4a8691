#include "reportimageobject.h"

#include "pdfimagefile.h"

#include <QPainter>
#include <QSet>
#include <QTextDocument>
#include <QTextFormat>
#include <QUrl>

ReportImageObject::ReportImageObject(QObject *parent)
    : QObject(parent)
{ }

bool ReportImageObject::prefersLossless(const QImage &image)
{
    if (image.isNull())
        return true;
    // A decoded PNG or JPEG is already 32 bits a pixel: read it as it is, without a copy.
    const bool direct
        = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32;
    const QImage rgb = direct ? image : image.convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    colours.reserve(MaxLosslessColours + 1);
    // Every other pixel of every other line: a photograph's noise shows in any quarter of it,
    // and a diagram has no colours that live in single pixels only.
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        QRgb previous = 0;
        for (int x = 0; x < rgb.width(); x += 2) {
            // A diagram is mostly runs of one colour: look each run up once.
            if (x > 0 && line[x] == previous)
                continue;
            previous = line[x];
            colours.insert(line[x]);
            if (colours.size() > MaxLosslessColours)
                return false;
        }
    }
    return true;
}

namespace {

QImage imageOf(QTextDocument *doc, const QTextFormat &format)
{
    return doc->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name()))
        .value<QImage>();
}

QByteArray fileOf(QTextDocument *doc, const QTextFormat &format)
{
    return doc
        ->resource(ReportImageObject::FileResource,
                   ReportImageObject::fileUrl(format.toImageFormat().name()))
        .toByteArray();
}

} // namespace

QSizeF ReportImageObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QTextImageFormat f = format.toImageFormat();
    if (f.hasProperty(QTextFormat::ImageWidth) && f.hasProperty(QTextFormat::ImageHeight)) {
        // Format lengths are in pixels at 96 dpi; the document's device has its own resolution.
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        const double scale = device ? device->logicalDpiY() / 96.0 : 1.0;
        return QSizeF(f.width(), f.height()) * scale;
    }
    return imageOf(doc, format).size();
}

void ReportImageObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                                   const QTextFormat &format)
{
    const QImage image = imageOf(doc, format);
    if (image.isNull())
        return;
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (PdfImageSubstitution *pdf = PdfImageSubstitution::current()) {
        const QImage standIn = pdf->standIn(image, fileOf(doc, format));
        if (!standIn.isNull()) {
            // Its file goes into the PDF in its place; lossless, so that the stand-in's
            // pixels, which name it, come out exact.
            painter->setRenderHint(QPainter::LosslessImageRendering);
            painter->drawImage(rect, standIn);
            painter->restore();
            return;
        }
    }
    auto it = m_lossless.constFind(image.cacheKey());
    if (it == m_lossless.cend())
        it = m_lossless.insert(image.cacheKey(), prefersLossless(image));
    painter->setRenderHint(QPainter::LosslessImageRendering, *it);
    painter->drawImage(rect, image);
    painter->restore();
}
