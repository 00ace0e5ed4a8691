#include "commandregistry.h"
#include "db/database.h"
#include "io/jsonresumeimport.h"

using namespace Qt::StringLiterals;

namespace {

// --import-json-resume IN.json: merge a JSON Resume into the workbench, all or nothing.
class ImportJsonResumeCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ImportJsonResumeCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"import-json-resume"_s,
                                  tr("Merge a JSON Resume FILE into the workbench, all or "
                                     "nothing: entries it already has are updated, not "
                                     "duplicated; fields the workbench does not keep are "
                                     "listed."),
                                  tr("FILE"));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --import-json-resume resume.json"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(option().names().constFirst()).isEmpty())
            return tr("--import-json-resume needs the name of the file to read.");
        return {};
    }
    int run(const CliContext &context) override
    {
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 2;
        const QString in = context.parser->value(option().names().constFirst());
        JsonResumeImport import(db->connection());
        JsonResumeImport::Summary summary;
        const WriteResult result = import.importFile(in, &summary);
        if (!result) {
            CliOutput::err(result.error());
            return 1;
        }
        for (const QString &note : std::as_const(summary.notes))
            CliOutput::err(note);
        using Change = JsonResumeImport::Change;
        CliOutput::out(tr("Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept as they were.")
                           .arg(in)
                           .arg(summary.count(Change::Add))
                           .arg(summary.count(Change::Update))
                           .arg(summary.count(Change::Same))
                           .arg(summary.kept));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportJsonResumeCommand()
{
    return std::make_unique<ImportJsonResumeCommand>();
}
