// libFuzzer target: roadmap templates (File > New Workbench from Template reads them from any
// file the user picks). Anything may come in; nothing may crash, hang or leak, and whatever is
// accepted must survive a round trip through serialize().
//
// Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined); the seed corpus and every
// crasher found are replayed by tst_fuzzreplay in the normal build (CW_FUZZ_ENTRY renames the
// entry point there).
#include "io/roadmaptemplatejson.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

#ifndef CW_FUZZ_ENTRY
#define CW_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int CW_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto roadmap = RoadmapTemplateJson::parse(input, &error);
    if (!roadmap) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const auto again = RoadmapTemplateJson::parse(RoadmapTemplateJson::serialize(*roadmap), &error);
    if (!again || again->skills.size() != roadmap->skills.size()
        || again->stages.size() != roadmap->stages.size())
        std::abort();
    return 0;
}
