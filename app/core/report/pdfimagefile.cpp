#include "pdfimagefile.h"

#include "pdfupdate.h"

#include <QtEndian>

namespace {

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint16 be16(const char *p)
{
    return qFromBigEndian<quint16>(p);
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// A PNG as a PDF image: its IDAT data behind FlateDecode with the PNG predictors.
std::optional<PdfImageFile> fromPng(const QByteArray &file)
{
    const char *d = file.constData();
    const qsizetype n = file.size();
    qsizetype at = 8;
    QSize size;
    int depth = 0;
    int colourType = -1;
    QByteArray palette;
    QByteArray data;
    bool ended = false;
    while (at + 12 <= n && !ended) {
        const quint32 length = be32(d + at);
        const QByteArray type(d + at + 4, 4);
        if (length > quint32(n - at - 12))
            return std::nullopt;
        const char *body = d + at + 8;
        if (at == 8 && type != "IHDR")
            return std::nullopt;
        if (type == "IHDR") {
            if (length != 13)
                return std::nullopt;
            size = QSize(int(be32(body)), int(be32(body + 4)));
            depth = uchar(body[8]);
            colourType = uchar(body[9]);
            // Compression 0, filter method 0, no interlacing: the rows as PDF reads them.
            if (body[10] != 0 || body[11] != 0 || body[12] != 0)
                return std::nullopt;
        } else if (type == "PLTE") {
            palette = QByteArray(body, length);
        } else if (type == "tRNS") {
            return std::nullopt; // transparency: Qt writes the mask
        } else if (type == "IDAT") {
            data.append(body, length);
        } else if (type == "IEND") {
            ended = true;
        }
        at += 12 + length;
    }
    if (!ended || data.isEmpty() || size.isEmpty() || depth != 8)
        return std::nullopt;
    PdfImageFile out;
    out.size = size;
    int colours = 0;
    QByteArray space;
    switch (colourType) {
    case 0:
        colours = 1;
        space = "/DeviceGray";
        break;
    case 2:
        colours = 3;
        space = "/DeviceRGB";
        break;
    case 3:
        if (palette.isEmpty() || palette.size() % 3 != 0 || palette.size() > 3 * 256)
            return std::nullopt;
        colours = 1;
        space = "[/Indexed /DeviceRGB " + number(palette.size() / 3 - 1) + " <" + palette.toHex()
            + ">]";
        break;
    default:
        return std::nullopt; // grey or colour with alpha
    }
    out.dictionary = "/Type /XObject\n/Subtype /Image\n/Width " + number(size.width())
        + "\n/Height " + number(size.height()) + "\n/BitsPerComponent 8\n/ColorSpace " + space
        + "\n/Filter /FlateDecode\n/DecodeParms << /Predictor 15 /Colors " + number(colours)
        + " /BitsPerComponent 8 /Columns " + number(size.width()) + " >>\n";
    out.stream = data;
    return out;
}

// A JPEG as a PDF image: the file itself behind DCTDecode.
std::optional<PdfImageFile> fromJpeg(const QByteArray &file)
{
    const char *d = file.constData();
    const qsizetype n = file.size();
    qsizetype at = 2;
    while (at + 4 <= n) {
        if (uchar(d[at]) != 0xFF)
            return std::nullopt;
        const uchar marker = uchar(d[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        const int length = be16(d + at + 2);
        if (length < 2 || at + 2 + length > n)
            return std::nullopt;
        // Baseline, extended and progressive Huffman frames; not lossless, hierarchical or
        // arithmetic-coded ones, which few readers decode.
        if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
            if (length < 8)
                return std::nullopt;
            const char *f = d + at + 4;
            const int precision = uchar(f[0]);
            const QSize size(be16(f + 3), be16(f + 1));
            const int components = uchar(f[5]);
            if (precision != 8 || size.isEmpty() || (components != 1 && components != 3))
                return std::nullopt;
            PdfImageFile out;
            out.size = size;
            out.dictionary = "/Type /XObject\n/Subtype /Image\n/Width " + number(size.width())
                + "\n/Height " + number(size.height()) + "\n/BitsPerComponent 8\n/ColorSpace "
                + (components == 1 ? "/DeviceGray" : "/DeviceRGB") + "\n/Filter /DCTDecode\n";
            out.stream = file;
            return out;
        }
        if ((marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            || marker == 0xDA)
            return std::nullopt; // another kind of frame, or data before any frame
        at += 2 + length;
    }
    return std::nullopt;
}

thread_local PdfImageSubstitution *t_current = nullptr;

// Stand-ins are two pixels: a marker colour and the stand-in's number.
constexpr QRgb Marker = 0xff5a17c3;

} // namespace

std::optional<PdfImageFile> PdfImageFile::from(const QByteArray &file)
{
    if (file.startsWith("\x89PNG\r\n\x1a\n"))
        return fromPng(file);
    if (file.startsWith("\xff\xd8"))
        return fromJpeg(file);
    return std::nullopt;
}

PdfImageSubstitution::PdfImageSubstitution()
    : m_previous(t_current)
{
    t_current = this;
}

PdfImageSubstitution::~PdfImageSubstitution()
{
    t_current = m_previous;
}

PdfImageSubstitution *PdfImageSubstitution::current()
{
    return t_current;
}

QImage PdfImageSubstitution::standIn(const QImage &image, const QByteArray &file)
{
    const auto known = m_byImage.constFind(image.cacheKey());
    if (known != m_byImage.cend())
        return *known >= 0 ? m_entries.at(*known).standIn : QImage();
    std::optional<PdfImageFile> pdf = PdfImageFile::from(file);
    // The file must be the very picture: same size as what was decoded from it.
    if (!pdf || pdf->size != image.size() || m_entries.size() >= 0xffffff) {
        m_byImage.insert(image.cacheKey(), -1);
        return {};
    }
    QImage standIn(2, 1, QImage::Format_RGB32);
    standIn.setPixel(0, 0, Marker);
    standIn.setPixel(1, 0, 0xff000000 | QRgb(m_entries.size()));
    m_byImage.insert(image.cacheKey(), int(m_entries.size()));
    m_entries.append({standIn, std::move(*pdf)});
    return standIn;
}

QByteArray PdfImageSubstitution::apply(const QByteArray &pdf, bool *ok) const
{
    *ok = true;
    if (m_entries.isEmpty())
        return pdf;
    // Qt writes each image as "N 0 obj\n<<\n/Type /XObject\n/Subtype /Image\n/Width ..." with
    // its length in an object of its own after the stream.
    QList<int> objects(m_entries.size(), 0);
    static const QByteArray Head = "<<\n/Type /XObject\n/Subtype /Image\n/Width 2\n/Height 1\n";
    for (qsizetype at = pdf.indexOf(Head); at >= 0; at = pdf.indexOf(Head, at + 1)) {
        const qsizetype objAt = pdf.lastIndexOf(" 0 obj\n", at);
        const qsizetype lineAt = pdf.lastIndexOf('\n', objAt) + 1;
        if (objAt < 0 || objAt + 7 != at)
            continue;
        const int object = pdf.mid(lineAt, objAt - lineAt).toInt();
        const qsizetype dictEnd = pdf.indexOf(">>\nstream\n", at);
        const qsizetype lengthAt = pdf.indexOf("/Length ", at);
        if (dictEnd < 0 || lengthAt < 0 || lengthAt > dictEnd
            || pdf.indexOf("/Filter /FlateDecode", at) > dictEnd
            || pdf.indexOf("/Filter /FlateDecode", at) < 0)
            continue;
        const qsizetype refEnd = pdf.indexOf(" 0 R", lengthAt);
        const int lengthObject = pdf.mid(lengthAt + 8, refEnd - lengthAt - 8).toInt();
        const QByteArray lengthHead = "\n" + number(lengthObject) + " 0 obj\n";
        const qsizetype lengthObjAt = pdf.indexOf(lengthHead, dictEnd);
        if (lengthObjAt < 0)
            continue;
        const qsizetype valueAt = lengthObjAt + lengthHead.size();
        const int length = pdf.mid(valueAt, pdf.indexOf('\n', valueAt) - valueAt).toInt();
        const qsizetype streamAt = dictEnd + 10;
        if (length <= 0 || streamAt + length > pdf.size())
            continue;
        QByteArray zipped(4, '\0');
        qToBigEndian<quint32>(6, zipped.data());
        zipped.append(pdf.constData() + streamAt, length);
        const QByteArray pixels = qUncompress(zipped);
        if (pixels.size() != 6)
            continue;
        const auto rgb = [&](int i) {
            return 0xff000000 | (QRgb(uchar(pixels[i])) << 16) | (QRgb(uchar(pixels[i + 1])) << 8)
                | QRgb(uchar(pixels[i + 2]));
        };
        const QRgb index = rgb(3) & 0xffffff;
        if (rgb(0) != Marker || index >= QRgb(m_entries.size()) || objects[index] != 0)
            continue;
        objects[index] = object;
    }
    if (objects.contains(0)) {
        *ok = false;
        return pdf;
    }
    // New versions of the stand-ins' objects, after what Qt wrote; root and info as they were.
    const std::optional<PdfUpdate::Trailer> trailer = PdfUpdate::lastTrailer(pdf);
    if (!trailer) {
        *ok = false;
        return pdf;
    }
    QList<QPair<int, QByteArray>> replaced;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PdfImageFile &f = m_entries.at(i).file;
        replaced.append({objects.at(i),
                         "<<\n" + f.dictionary + "/Length " + number(f.stream.size())
                             + "\n>>\nstream\n" + f.stream + "\nendstream\n"});
    }
    return PdfUpdate::append(pdf, *trailer, replaced, trailer->size, trailer->info);
}
