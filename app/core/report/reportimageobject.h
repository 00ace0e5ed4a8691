#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QTextObjectInterface>

// Draws the report's images in place of QTextDocument's own image handler, so that each image
// is written to a PDF in the encoding that suits it: a diagram or screenshot (few colours, hard
// edges) without loss, a photograph as JPEG. QPdfWriter picks lossless or JPEG from the
// painter's QPainter::LosslessImageRendering hint, which this handler sets per image.
class ReportImageObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ReportImageObject(QObject *parent = nullptr);

    // True for an image with at most MaxLosslessColours colours: diagrams and screenshots,
    // which JPEG blurs and which compress well without loss.
    static bool prefersLossless(const QImage &image);
    static constexpr int MaxLosslessColours = 4096;

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QHash<qint64, bool> m_lossless; // by QImage::cacheKey(): each image is inspected once
};
