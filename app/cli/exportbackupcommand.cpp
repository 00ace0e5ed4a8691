#include "commandregistry.h"
#include "db/database.h"
#include "io/backupexport.h"

using namespace Qt::StringLiterals;

namespace {

// --export-backup OUT.json: the whole workbench as one JSON document (docs/backup-format.md).
class ExportBackupCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ExportBackupCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"export-backup"_s,
                                  tr("Write the whole workbench as one JSON backup FILE, to move "
                                     "it to another machine or version (restore it with "
                                     "--import-backup)."),
                                  tr("FILE"));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --export-backup backup.json"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(option().names().constFirst()).isEmpty())
            return tr("--export-backup needs the name of the file to write.");
        return {};
    }
    int run(const CliContext &context) override
    {
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 2;
        const WriteResult r = BackupExport::exportTo(
            db->connection(), context.parser->value(option().names().constFirst()));
        if (!r) {
            CliOutput::err(r.error());
            return 1;
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportBackupCommand()
{
    return std::make_unique<ExportBackupCommand>();
}
