#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>

#include <optional>

// A picture file as a PDF image, the file's own compressed data unchanged. A PDF reader
// decodes JPEG (DCTDecode) and the zlib data of a PNG with its row filters (FlateDecode with
// the PNG predictors) itself, so neither need be decoded and compressed again: Qt's PDF writer
// would compress every pixel of a PNG with zlib (a fifth of a portfolio export with four
// diagrams) and encode a JPEG photograph a second time, losing detail.
// Files it cannot take as they are (PNG with transparency, 16 bits, interlaced; CMYK or
// arithmetic-coded JPEG; anything else) give nothing, and Qt writes the decoded image.
struct PdfImageFile
{
    QByteArray dictionary; // the image's entries, without << >> and without /Length
    QByteArray stream;
    QSize size;

    static std::optional<PdfImageFile> from(const QByteArray &file);
};

// Swaps pictures into a PDF as their files while Qt's PDF writer paints the pages. Installed
// for the painting on the painting thread; the report's image object asks it for a stand-in:
// a tiny image Qt embeds at no cost, whose object apply() then replaces with the file, in an
// incremental update at the end of the PDF.
class PdfImageSubstitution
{
public:
    PdfImageSubstitution();
    ~PdfImageSubstitution();
    PdfImageSubstitution(const PdfImageSubstitution &) = delete;
    PdfImageSubstitution &operator=(const PdfImageSubstitution &) = delete;

    // The substitution painting on this thread uses, if any.
    static PdfImageSubstitution *current();

    // A stand-in to draw in IMAGE's place when FILE (IMAGE's file) can go into the PDF as it
    // is; a null image when it cannot.
    QImage standIn(const QImage &image, const QByteArray &file);

    // PDF (as Qt wrote it) with each stand-in replaced by its file. Should a stand-in not be
    // found, the PDF is returned as it was and OK set false: the caller paints again without
    // substitution.
    QByteArray apply(const QByteArray &pdf, bool *ok) const;

private:
    struct Entry
    {
        QImage standIn;
        PdfImageFile file;
    };
    QHash<qint64, int> m_byImage; // QImage::cacheKey() -> index in m_entries
    QList<Entry> m_entries;
    PdfImageSubstitution *m_previous;
};
