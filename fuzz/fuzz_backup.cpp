// libFuzzer target: full backups (--import-backup and File > Import > Backup read them from any
// file the user names). The streaming reader must never crash, hang or hold more than its
// limits; every row it hands over has exactly one value per column; a refusal always says why.
//
// Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined); the seed corpus is
// tests/data/fuzz/backup, replayed by tst_fuzzreplay in the normal build (CW_FUZZ_ENTRY renames
// the entry point there).
#include "io/backupreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

#ifndef CW_FUZZ_ENTRY
#define CW_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

namespace {

class CheckingSink : public BackupReader::Sink
{
public:
    bool header(const BackupReader::Header &h, QString *) override
    {
        if (h.version < 1)
            std::abort(); // the reader refuses versions it does not know
        return true;
    }
    bool beginTable(const QString &name, const QStringList &columns, QString *) override
    {
        if (m_inTable || name.isEmpty() || columns.isEmpty()
            || columns.size() > BackupReader::MaxColumns)
            std::abort();
        m_inTable = true;
        m_columns = columns.size();
        return true;
    }
    bool row(const QVariantList &values, QString *) override
    {
        if (!m_inTable || values.size() != m_columns)
            std::abort();
        return true;
    }
    bool endTable(QString *) override
    {
        if (!m_inTable)
            std::abort();
        m_inTable = false;
        return true;
    }

private:
    bool m_inTable = false;
    qsizetype m_columns = 0;
};

} // namespace

extern "C" int CW_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CheckingSink sink;
    QString error;
    if (!BackupReader::read(&buffer, &sink, &error) && error.isEmpty())
        std::abort(); // a refusal always says why
    return 0;
}
