#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QThreadPool>

#include <memory>

// Decodes image files on threads of their own while the caller goes on reading: a report's
// pictures (PNG diagrams, JPEG screenshots) take longer to decode than the rest of the
// workbench takes to read. Each distinct file is decoded once, so projects that show the same
// picture share one QImage (which the PDF writer then embeds once).
class ImageDecoder
{
public:
    ImageDecoder();
    ~ImageDecoder(); // waits for the decodes still running

    // Starts decoding BYTES, unless the same bytes were added before. Returns the handle
    // image() takes.
    int add(const QByteArray &bytes);
    // Waits for the decodes; those no thread has started yet are decoded here. A file that
    // is not an image gives a null QImage.
    void finish();
    // The decoded image of HANDLE, after finish(), turned upright.
    QImage image(int handle) const;
    // Whether HANDLE's file said how to turn it (a photo taken with the phone on its side):
    // the image is then not the file's pixels as they are stored.
    bool turned(int handle) const;

private:
    class Job;

    QThreadPool m_pool;
    QHash<QByteArray, int> m_handles;
    QList<std::shared_ptr<Job>> m_jobs;
};
