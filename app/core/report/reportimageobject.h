#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

// Draws the report's images in place of QTextDocument's own image handler, so that each image
// is written to a PDF in the encoding that suits it: a diagram or screenshot (few colours, hard
// edges) without loss, a photograph as JPEG. QPdfWriter picks lossless or JPEG from the
// painter's QPainter::LosslessImageRendering hint, which this handler sets per image. While a
// PdfImageSubstitution is installed (a PDF being written), an image whose file a PDF can hold
// as it is goes in as that file instead.
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
    // The document resource of the file (a QByteArray) an image named NAME was decoded from.
    // Its own name: a document keeps one resource per name, whatever the type.
    static constexpr int FileResource = QTextDocument::UserResource + 1;
    static QUrl fileUrl(const QString &name) { return QUrl(name + QStringLiteral("-file")); }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QHash<qint64, bool> m_lossless; // by QImage::cacheKey(): each image is inspected once
};
