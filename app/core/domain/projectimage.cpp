#include "projectimage.h"

#include <QBuffer>
#include <QImageReader>

QImage ProjectImage::decodeUpright(const QByteArray &data, bool *turned)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (turned)
        *turned = !image.isNull() && reader.transformation() != QImageIOHandler::TransformationNone;
    return image;
}
