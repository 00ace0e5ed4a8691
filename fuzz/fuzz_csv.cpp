// libFuzzer target: interview session CSV files (File > Import and --import-csv read them from
// any file the user names). Anything may come in; nothing may crash, hang or leak; a refusal
// always says where and why; and whatever is accepted survives a write and a second read with
// the same sessions.
//
// Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined); the seed corpus is
// tests/data/fuzz/csv, replayed with every crasher found by tst_fuzzreplay in the normal build
// (CW_FUZZ_ENTRY renames the entry point there).
#include "io/interviewcsv.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

#ifndef CW_FUZZ_ENTRY
#define CW_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int CW_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    static const QStringList formats = {QStringLiteral("coding"), QStringLiteral("behavioural"),
                                        QStringLiteral("system_design")};
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvReader::Error error;
    const auto parsed = InterviewCsv::read(input, formats, &error);
    if (!parsed) {
        if (error.reason.isEmpty() || error.line < 1 || error.column < 1)
            std::abort(); // a refusal always says where and why
        return 0;
    }
    QList<InterviewSession> sessions;
    for (const InterviewCsv::Row &row : parsed->rows)
        sessions << row.session;
    const auto again = InterviewCsv::read(InterviewCsv::write(sessions), formats, &error);
    if (!again || again->rows.size() != parsed->rows.size())
        std::abort();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (again->rows.at(i).session != sessions.at(i))
            std::abort();
    }
    return 0;
}
