#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

// A PDF incremental update (ISO 32000-1, 7.5.6): objects added to the end of a file, or new
// versions of objects it has, with a cross-reference section for them and a trailer pointing
// back at the previous one. The report writes the document information (which QPdfWriter 6.4
// leaves short) and swaps pictures in as their files this way, without rewriting what Qt wrote.
namespace PdfUpdate {

// The entries of a PDF's last trailer that an update carries on.
struct Trailer
{
    int size = 0; // objects numbered below it
    QByteArray root; // "N 0 R"
    QByteArray info; // "N 0 R", or empty
    QByteArray previousXref; // offset of the last cross-reference section
};

// The last trailer of PDF; nothing when it cannot be read.
std::optional<Trailer> lastTrailer(const QByteArray &pdf);

// PDF with OBJECTS (number, and what goes between "N 0 obj\n" and "endobj") appended after
// TRAILER (PDF's last), the new trailer's /Size SIZE and its /Info INFO when not empty.
QByteArray append(const QByteArray &pdf, const Trailer &trailer,
                  const QList<QPair<int, QByteArray>> &objects, int size, const QByteArray &info);

} // namespace PdfUpdate
