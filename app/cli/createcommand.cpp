#include "commandregistry.h"
#include "db/database.h"
#include "io/newworkbench.h"

using namespace Qt::StringLiterals;

namespace {

// --create FILE: a new workbench with the AI-engineer roadmap, built under a temporary name and
// renamed into place. It never replaces anything: an existing path is refused (exit 1).
class CreateCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"create"_s,
                                  tr("Create a new workbench with the AI-engineer roadmap at FILE "
                                     "(which must not exist), print one line and exit."),
                                  tr("FILE"));
    }
    QString example() const override { return u"career-workbench --create my.cwbench"_s; }
    int run(const CliContext &context) override
    {
        const QString target = context.parser->value(option().names().constFirst());
        Database db;
        if (!db.open(target, NewWorkbench::builtInRoadmap(), Database::Creation::Only)) {
            CliOutput::err(db.error());
            return 1;
        }
        QString error;
        const QString line = NewWorkbench::checkLine(db, &error);
        if (!error.isEmpty()) {
            CliOutput::err(error);
            return 1;
        }
        CliOutput::out(line);
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCreateCommand()
{
    return std::make_unique<CreateCommand>();
}
