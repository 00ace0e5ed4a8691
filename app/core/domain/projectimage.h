#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// A diagram or screenshot of a project, stored in the workbench file (table `project_images`).
struct ProjectImage
{
    // The largest image the workbench stores (the schema enforces it too).
    static constexpr qint64 MaxBytes = 2 * 1024 * 1024;

    qint64 id = 0;
    qint64 projectId = 0;
    QString caption;
    QString mimeType; // image/png, image/jpeg, image/gif, image/webp or image/bmp
    QByteArray data; // the file's bytes
    int position = 0;

    // DATA decoded and turned upright as the file's orientation says (EXIF: a photo taken
    // with the phone on its side), as any viewer shows it. TURNED is set when it was turned,
    // when the image is not the file's pixels as stored.
    static QImage decodeUpright(const QByteArray &data, bool *turned = nullptr);
};
