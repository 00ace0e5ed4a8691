#include "domain/projectimage.h"
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

QByteArray encoded(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 100);
    return bytes;
}

// JPEG with an EXIF block saying ORIENTATION (1 upright, 3 upside down, 6 turned right).
QByteArray withOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("MM\0\x2a\0\0\0\x08", 8);
    const char entry[] = {0,
                          1, // one entry
                          0x01,
                          0x12,
                          0,
                          3,
                          0,
                          0,
                          0,
                          1, // orientation, SHORT, count 1
                          char(orientation >> 8),
                          char(orientation & 0xff),
                          0,
                          0, // value
                          0,
                          0,
                          0,
                          0}; // no next IFD
    tiff.append(entry, sizeof entry);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    const QByteArray app1
        = QByteArray("\xff\xe1", 2) + char(length >> 8) + char(length & 0xff) + payload;
    return jpeg.left(2) + app1 + jpeg.mid(2);
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

    // A photo taken with the phone on its side or upside down says so in its EXIF data: it is
    // shown upright, as every viewer shows it, and marked as turned (the PDF then embeds the
    // turned image, not the file as stored).
    void turnsPhotosUpright()
    {
        QImage stored(16, 8, QImage::Format_RGB32);
        stored.fill(Qt::white);
        QPainter(&stored).fillRect(0, 0, 8, 4, Qt::red); // red at the top left as stored
        const QByteArray plain = encoded(stored);
        const QByteArray upsideDown = withOrientation(plain, 3);
        ImageDecoder decoder;
        const int a = decoder.add(plain);
        const int b = decoder.add(upsideDown);
        decoder.finish();
        QVERIFY(!decoder.turned(a));
        QVERIFY(decoder.turned(b));
        const QImage upright = decoder.image(b);
        QCOMPARE(upright.size(), stored.size());
        // Turned half round: the stored top left is now the bottom right.
        QVERIFY(qRed(upright.pixel(13, 6)) > 200 && qGreen(upright.pixel(13, 6)) < 80);
        QVERIFY(qRed(upright.pixel(2, 1)) > 200 && qGreen(upright.pixel(2, 1)) > 200);
        bool turned = false;
        QCOMPARE(ProjectImage::decodeUpright(upsideDown, &turned).size(), QSize(16, 8));
        QVERIFY(turned);
        QCOMPARE(ProjectImage::decodeUpright(withOrientation(plain, 6), &turned).size(),
                 QSize(8, 16)); // on its side
        QVERIFY(turned);
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
