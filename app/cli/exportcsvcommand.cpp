#include "commandregistry.h"
#include "db/database.h"
#include "io/interviewcsvimport.h"

using namespace Qt::StringLiterals;

namespace {

// --export-csv OUT.csv: write every interview session of the workbench to a CSV file (replaced
// whole, through a temporary file, so a failed export leaves the old file as it was).
class ExportCsvCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"export-csv"_s,
                                  tr("Write the workbench's interview sessions to a CSV file."),
                                  tr("OUT.csv"));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --export-csv sessions.csv"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(option().names().constFirst()).isEmpty())
            return tr("--export-csv needs the name of the file to write.");
        return {};
    }
    int run(const CliContext &context) override
    {
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 2;
        const QString out = context.parser->value(option().names().constFirst());
        QString error;
        const int count = InterviewCsvImport::exportFile(db->connection(), out, &error);
        if (count < 0) {
            CliOutput::err(error);
            return 1;
        }
        CliOutput::out(tr("Exported %1 interview sessions to %2.").arg(count).arg(out));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportCsvCommand()
{
    return std::make_unique<ExportCsvCommand>();
}
