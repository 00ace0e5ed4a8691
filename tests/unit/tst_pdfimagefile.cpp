#include "report/pdfimagefile.h"
#include "report/pdfoutput.h"
#include "report/reportdocument.h"
#include "report/reportlayout.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A small diagram: flat colours, hard edges, a few shades (fits a palette).
QImage diagram()
{
    QImage image(330, 170, QImage::Format_RGB32);
    image.fill(QColor(0xf7, 0xf7, 0xf4));
    QPainter p(&image);
    for (int i = 0; i < 5; ++i)
        p.fillRect(10 + i * 62, 30 + (i % 2) * 40, 50, 60, QColor::fromHsv(i * 60, 160, 200));
    p.fillRect(0, 0, 330, 8, Qt::black);
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A one-page report showing FILE (decoded as the report reads it) as a PDF at PATH.
bool writeReport(const QByteArray &file, const QString &path)
{
    ReportBlock picture;
    picture.kind = ReportBlock::Kind::Image;
    picture.image = QImage::fromData(file);
    picture.imageFile = file;
    picture.text = u"Architecture sketch"_s;
    ReportEntry entry;
    entry.title = u"Fraud radar"_s;
    entry.blocks = {ReportBlock::paragraph(u"Before the picture."_s), picture};
    ReportSection section;
    section.key = u"projects"_s;
    section.heading = u"Projects"_s;
    section.entries = {entry};
    ReportDocument doc;
    doc.title = u"Pictures"_s;
    doc.sections = {section};
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                           QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    const ReportLayout layout(doc, page, nullptr, nullptr);
    QFile out(path);
    const QByteArray pdf = PdfOutput::write(layout, doc);
    return out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size();
}

// pdfimages -list rows: page num type width height color comp bpc enc ...
QList<QStringList> imagesIn(const QString &path)
{
    QList<QStringList> rows;
    const QStringList lines
        = ReportFixture::poppler(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() >= 14)
            rows.append(cols);
    }
    return rows;
}

} // namespace

class TestPdfImageFile : public QObject
{
    Q_OBJECT
private slots:
    void takesFilesAsTheyAre_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("colourSpace");
        QTest::addColumn<QString>("encoding"); // pdfimages' "enc"
        const QImage d = diagram();
        QTest::newRow("PNG, colour") << encode(d, "PNG") << "/DeviceRGB"_ba << u"image"_s;
        QTest::newRow("PNG, grey") << encode(d.convertToFormat(QImage::Format_Grayscale8), "PNG")
                                   << "/DeviceGray"_ba << u"image"_s;
        QTest::newRow("PNG, palette")
            << encode(d.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither), "PNG")
            << "[/Indexed /DeviceRGB"_ba << u"image"_s;
        QTest::newRow("JPEG, colour") << encode(d, "JPG", 90) << "/DeviceRGB"_ba << u"jpeg"_s;
        QTest::newRow("JPEG, grey")
            << encode(d.convertToFormat(QImage::Format_Grayscale8), "JPG", 90) << "/DeviceGray"_ba
            << u"jpeg"_s;
    }

    // The picture goes into the PDF as its own file: a PNG's pixels come out exactly, a JPEG
    // is the very same bytes (not encoded a second time), at the file's own size.
    void takesFilesAsTheyAre()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, colourSpace);
        QFETCH(QString, encoding);
        const QImage decoded = QImage::fromData(file);
        QVERIFY(!decoded.isNull());
        const std::optional<PdfImageFile> pdf = PdfImageFile::from(file);
        QVERIFY(pdf);
        QCOMPARE(pdf->size, decoded.size());
        QVERIFY2(pdf->dictionary.contains("/ColorSpace " + colourSpace), pdf->dictionary);

        if (!ReportFixture::hasPoppler())
            QSKIP("poppler-utils (pdfimages) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        QVERIFY(writeReport(file, path));
        const QList<QStringList> images = imagesIn(path);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().at(3).toInt(), decoded.width());
        QCOMPARE(images.first().at(4).toInt(), decoded.height());
        QCOMPARE(images.first().at(8), encoding);
        QVERIFY2(images.first().at(12).toInt() >= 300, qPrintable(images.first().join(u' ')));
        // pdfimages -all writes each image in its own encoding: the JPEG as it is, the rest
        // as PNG.
        ReportFixture::poppler(u"pdfimages"_s, {u"-all"_s, path, dir.filePath(u"out"_s)});
        const QStringList written = QDir(dir.path()).entryList({u"out-*"_s});
        QCOMPARE(written.size(), 1);
        QFile out(dir.filePath(written.first()));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray extracted = out.readAll();
        if (encoding == u"jpeg"_s) {
            QCOMPARE(extracted, file);
        } else {
            const QImage back = QImage::fromData(extracted);
            const QImage::Format f
                = decoded.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB32;
            QCOMPARE(back.convertToFormat(f), decoded.convertToFormat(f));
        }
        // And the rest of the page is still there.
        QVERIFY(ReportFixture::poppler(u"pdftotext"_s, {path, u"-"_s})
                    .contains(u"Before the picture."_s));
    }

    void leavesOtherFilesToQt_data()
    {
        QTest::addColumn<QByteArray>("file");
        const QImage d = diagram();
        QImage translucent = d.convertToFormat(QImage::Format_ARGB32);
        translucent.setPixel(3, 3, qRgba(10, 20, 30, 100));
        QImage keyed = d.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
        keyed.setColor(0, qRgba(0, 0, 0, 0));
        QTest::newRow("PNG with alpha") << encode(translucent, "PNG");
        QTest::newRow("PNG, palette with a transparent colour") << encode(keyed, "PNG");
        QTest::newRow("PNG, 16 bits") << encode(d.convertToFormat(QImage::Format_RGBX64), "PNG");
        QTest::newRow("PNG, cut short") << encode(d, "PNG").chopped(20);
        QTest::newRow("JPEG, cut before its frame") << encode(d, "JPG").left(20);
        QTest::newRow("BMP") << encode(d, "BMP");
        QTest::newRow("not a picture") << "a text file, not a picture"_ba;
    }

    // What a PDF cannot take as it is goes in as Qt writes it: decoded, with its mask.
    void leavesOtherFilesToQt()
    {
        QFETCH(QByteArray, file);
        QVERIFY(!PdfImageFile::from(file));
        const QImage decoded = QImage::fromData(file);
        if (decoded.isNull() || !ReportFixture::hasPoppler())
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        QVERIFY(writeReport(file, path));
        const QList<QStringList> images = imagesIn(path);
        QVERIFY(!images.isEmpty());
        QCOMPARE(images.first().at(2), u"image"_s);
        QCOMPARE(images.first().at(3).toInt(), decoded.width());
    }

    // Should Qt ever write a stand-in differently, the PDF is left as Qt wrote it and the
    // caller paints again without substitution: a picture is never lost.
    void reportsAStandInItCannotFind()
    {
        PdfImageSubstitution substitution;
        const QByteArray file = encode(diagram(), "PNG");
        QVERIFY(!substitution.standIn(QImage::fromData(file), file).isNull());
        const QByteArray pdf
            = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Size 2 /Root 1 0 R >>\n"
              "startxref\n9\n%%EOF\n";
        bool ok = true;
        QCOMPARE(substitution.apply(pdf, &ok), pdf);
        QVERIFY(!ok);
    }

    // A file that is not what was decoded (another size) is not swapped in.
    void refusesAFileOfAnotherPicture()
    {
        PdfImageSubstitution substitution;
        const QImage small = diagram().scaled(40, 20);
        QVERIFY(substitution.standIn(small, encode(diagram(), "PNG")).isNull());
        QCOMPARE(PdfImageSubstitution::current(), &substitution);
    }
};

QTEST_MAIN(TestPdfImageFile)
#include "tst_pdfimagefile.moc"
