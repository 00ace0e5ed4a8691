// libFuzzer target: JSON Resume files (--import-json-resume and File > Import > JSON Resume read
// them from any file the user names). Anything may come in; nothing may crash, hang or leak; a
// refusal always says why (syntax errors with line and column); and whatever is accepted
// survives serialize() and a second parse with the same content.
//
// Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined); the seed corpus is
// tests/data/fuzz/jsonresume, replayed by tst_fuzzreplay in the normal build (CW_FUZZ_ENTRY
// renames the entry point there).
#include "io/jsonresume.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

#ifndef CW_FUZZ_ENTRY
#define CW_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int CW_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonResume::Error error;
    const auto resume = JsonResume::parse(input, &error);
    if (!resume) {
        if (error.reason.isEmpty()
            || (error.line < 1 && error.path.isEmpty() && size <= size_t(JsonResume::MaxFileBytes)))
            std::abort(); // a refusal always says where and why
        return 0;
    }
    const QByteArray again = resume->serialize();
    const auto second = JsonResume::parse(again, &error);
    if (!second || second->serialize() != again)
        std::abort();
    if (second->work.size() != resume->work.size() || second->skills.size() != resume->skills.size()
        || second->projects.size() != resume->projects.size()
        || second->languages.size() != resume->languages.size())
        std::abort();
    return 0;
}
