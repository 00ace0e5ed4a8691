#include "commandregistry.h"
#include "db/database.h"
#include "io/interviewcsvimport.h"

using namespace Qt::StringLiterals;

namespace {

// --import-csv IN.csv: import interview sessions, all or nothing. The first bad row is reported
// as "line L, column C: reason" with exit code 1, and the workbench is left as it was.
class ImportCsvCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"import-csv"_s,
                                  tr("Import interview sessions from a CSV file, all or nothing; "
                                     "a session with the same date, company, role and format is "
                                     "updated in place."),
                                  tr("IN.csv"));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --import-csv sessions.csv"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(option().names().constFirst()).isEmpty())
            return tr("--import-csv needs the name of the file to read.");
        return {};
    }
    int run(const CliContext &context) override
    {
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 2;
        const QString in = context.parser->value(option().names().constFirst());
        InterviewCsvImport import(db->connection());
        InterviewCsvImport::Preview summary;
        QString error;
        if (!import.importFile(in, {}, &summary, &error)) {
            CliOutput::err(tr("%1: %2").arg(in, error));
            return 1;
        }
        for (const QString &note : std::as_const(summary.parsed.notes))
            CliOutput::err(note);
        CliOutput::out(tr("Imported %1 interview sessions from %2: %3 new, %4 updated in place.")
                           .arg(summary.newCount + summary.updateCount)
                           .arg(in)
                           .arg(summary.newCount)
                           .arg(summary.updateCount));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportCsvCommand()
{
    return std::make_unique<ImportCsvCommand>();
}
