// libFuzzer target: the picture files a PDF export takes as they are (PdfImageFile). Project
// pictures come from any file the user adds, and from backups and imports. Anything may come
// in; nothing may crash, hang or leak; and what is accepted must describe an image that fits
// in the file it came from.
//
// Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined); the seed corpus is
// tests/data/fuzz/pdfimage, replayed with every crasher found by tst_fuzzreplay in the normal
// build (CW_FUZZ_ENTRY renames the entry point there).
#include "report/pdfimagefile.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

#ifndef CW_FUZZ_ENTRY
#define CW_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int CW_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<PdfImageFile> image = PdfImageFile::from(input);
    if (!image)
        return 0;
    if (image->size.isEmpty() || image->stream.isEmpty() || image->stream.size() > input.size()
        || !image->dictionary.contains("/Subtype /Image") || image->dictionary.contains("stream"))
        std::abort();
    return 0;
}
