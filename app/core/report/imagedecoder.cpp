#include "imagedecoder.h"

#include "domain/projectimage.h"

#include <QRunnable>
#include <QThread>

class ImageDecoder::Job : public QRunnable
{
public:
    explicit Job(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        setAutoDelete(false); // the decoder owns it: finish() may take it back from the queue
    }
    void run() override { m_image = ProjectImage::decodeUpright(m_bytes, &m_turned); }
    const QImage &image() const { return m_image; }
    bool turned() const { return m_turned; }

private:
    QByteArray m_bytes;
    QImage m_image;
    bool m_turned = false;
};

ImageDecoder::ImageDecoder()
{
    // A pool of its own: an export may itself run on the global pool's threads, and waiting
    // there for work queued behind it could wait for ever.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

ImageDecoder::~ImageDecoder()
{
    m_pool.clear();
    m_pool.waitForDone();
}

int ImageDecoder::add(const QByteArray &bytes)
{
    const auto known = m_handles.constFind(bytes);
    if (known != m_handles.cend())
        return *known;
    const int handle = int(m_jobs.size());
    m_jobs.append(std::make_shared<Job>(bytes));
    m_handles.insert(bytes, handle);
    m_pool.start(m_jobs.last().get());
    return handle;
}

void ImageDecoder::finish()
{
    // The calling thread helps rather than waits: whatever is still queued it decodes itself.
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs)) {
        if (m_pool.tryTake(job.get()))
            job->run();
    }
    m_pool.waitForDone();
}

QImage ImageDecoder::image(int handle) const
{
    return handle >= 0 && handle < m_jobs.size() ? m_jobs.at(handle)->image() : QImage();
}

bool ImageDecoder::turned(int handle) const
{
    return handle >= 0 && handle < m_jobs.size() && m_jobs.at(handle)->turned();
}
