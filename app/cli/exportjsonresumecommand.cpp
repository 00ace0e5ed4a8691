#include "commandregistry.h"
#include "db/database.h"
#include "io/jsonresumeexport.h"

using namespace Qt::StringLiterals;

namespace {

// --export-json-resume OUT.json: the workbench as a JSON Resume (schema v1.2.1).
class ExportJsonResumeCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ExportJsonResumeCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"export-json-resume"_s,
                                  tr("Write the profile, work, education, skills, projects, "
                                     "certificates and languages as a JSON Resume FILE (schema "
                                     "1.2.1, read by resume builders and the JSON Resume "
                                     "themes)."),
                                  tr("FILE"));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --export-json-resume resume.json"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(option().names().constFirst()).isEmpty())
            return tr("--export-json-resume needs the name of the file to write.");
        return {};
    }
    int run(const CliContext &context) override
    {
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 2;
        QString error;
        if (!JsonResumeExport::exportTo(
                db->connection(), context.parser->value(option().names().constFirst()), &error)) {
            CliOutput::err(error);
            return 1;
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportJsonResumeCommand()
{
    return std::make_unique<ExportJsonResumeCommand>();
}
