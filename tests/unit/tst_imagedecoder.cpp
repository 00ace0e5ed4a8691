#include "report/imagedecoder.h"

#include <QBuffer>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray encoded(int seed, const char *format)
{
    QImage image(64 + seed, 32, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 180, 220));
    QPainter(&image).fillRect(seed % 40, 4, 12, 12, Qt::black);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

// The report reads a workbench's pictures through the decoder: on other threads, while the
// rest is read, each distinct file once.
class TestImageDecoder : public QObject
{
    Q_OBJECT
private slots:
    // Every picture comes out as QImage::fromData() gives it, whichever thread decoded it,
    // in the order asked for, PNG and JPEG alike.
    void decodesEveryPicture()
    {
        QList<QByteArray> files;
        for (int i = 0; i < 40; ++i)
            files.append(encoded(i, i % 3 == 0 ? "JPG" : "PNG"));
        ImageDecoder decoder;
        QList<int> handles;
        for (const QByteArray &f : std::as_const(files))
            handles.append(decoder.add(f));
        decoder.finish();
        for (int i = 0; i < files.size(); ++i) {
            const QImage image = decoder.image(handles.at(i));
            QVERIFY2(!image.isNull(), qPrintable(u"picture %1"_s.arg(i)));
            QCOMPARE(image, QImage::fromData(files.at(i)));
        }
    }

    // Projects that show the same picture get one image: the PDF embeds it once.
    void decodesTheSameFileOnce()
    {
        const QByteArray logo = encoded(5, "PNG");
        ImageDecoder decoder;
        const int first = decoder.add(logo);
        const int other = decoder.add(encoded(6, "PNG"));
        const int again = decoder.add(QByteArray(logo.constData(), logo.size())); // a copy
        decoder.finish();
        QCOMPARE(again, first);
        QVERIFY(other != first);
        QCOMPARE(decoder.image(again).cacheKey(), decoder.image(first).cacheKey());
    }

    // A file that is not a picture gives no image (the report leaves it out), not a crash;
    // nor does an unknown handle.
    void givesNothingForWhatIsNotAPicture()
    {
        ImageDecoder decoder;
        const int broken = decoder.add("not a picture"_ba);
        const int truncated = decoder.add(encoded(7, "PNG").left(40));
        decoder.finish();
        QVERIFY(decoder.image(broken).isNull());
        QVERIFY(decoder.image(truncated).isNull());
        QVERIFY(decoder.image(99).isNull());
        QVERIFY(decoder.image(-1).isNull());
    }

    // A read that fails half-way drops the decoder without finish(): it waits for the
    // decodes still running rather than leave them writing into freed memory (under the
    // sanitizers this crashes if it does not), and what it was given is untouched.
    void canBeDroppedUnfinished()
    {
        QList<QByteArray> files;
        for (int i = 0; i < 20; ++i)
            files.append(encoded(i, "PNG"));
        const QList<QByteArray> before = files;
        {
            ImageDecoder decoder;
            for (const QByteArray &f : std::as_const(files))
                decoder.add(f);
        }
        QCOMPARE(files, before);
    }
};

QTEST_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
