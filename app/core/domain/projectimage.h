#pragma once

#include <QByteArray>
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
};
