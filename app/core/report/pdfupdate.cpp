#include "pdfupdate.h"

namespace {

// The value of KEY in a trailer dictionary: up to the next key or the end.
QByteArray entry(const QByteArray &trailer, const QByteArray &key)
{
    const qsizetype k = trailer.indexOf(key);
    if (k < 0)
        return {};
    qsizetype e = k + key.size();
    while (e < trailer.size() && trailer[e] != '/' && trailer[e] != '>')
        ++e;
    return trailer.mid(k + key.size(), e - k - key.size()).trimmed();
}

} // namespace

std::optional<PdfUpdate::Trailer> PdfUpdate::lastTrailer(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return std::nullopt;
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    Trailer t;
    bool ok = false;
    t.size = entry(trailer, "/Size").toInt(&ok);
    t.root = entry(trailer, "/Root");
    t.info = entry(trailer, "/Info");
    const qsizetype line = pdf.indexOf('\n', startxref) + 1;
    t.previousXref = pdf.mid(line, pdf.indexOf('\n', line) - line).trimmed();
    bool offset = false;
    t.previousXref.toLongLong(&offset);
    if (!ok || t.size <= 0 || t.root.isEmpty() || !offset)
        return std::nullopt;
    return t;
}

QByteArray PdfUpdate::append(const QByteArray &pdf, const Trailer &trailer,
                             const QList<QPair<int, QByteArray>> &objects, int size,
                             const QByteArray &info)
{
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QList<qsizetype> offsets;
    for (const auto &[number, body] : objects) {
        offsets.append(out.size());
        out += QByteArray::number(number) + " 0 obj\n" + body + "endobj\n";
    }
    const qsizetype xrefAt = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (qsizetype i = 0; i < objects.size(); ++i)
        out += QByteArray::number(objects.at(i).first) + " 1\n"
            + QByteArray::number(offsets.at(i)).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + trailer.root + "\n";
    if (!info.isEmpty())
        out += "/Info " + info + "\n";
    out += "/Prev " + trailer.previousXref + "\n>>\nstartxref\n" + QByteArray::number(xrefAt)
        + "\n%%EOF\n";
    return out;
}
