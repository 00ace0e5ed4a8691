#include "commandregistry.h"
#include "db/database.h"
#include "io/demoworkbench.h"
#include "io/newworkbench.h"

using namespace Qt::StringLiterals;

namespace {

// --create-demo FILE: write the demo workbench to a file that does not exist yet.
class CreateDemoCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(CreateDemoCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"create-demo"_s,
                                  tr("Write the demo workbench to FILE (which must not exist) "
                                     "and exit."),
                                  tr("FILE"));
    }
    QString example() const override { return u"career-workbench --create-demo demo.cwbench"_s; }
    int run(const CliContext &context) override
    {
        const QString target = context.parser->value(option().names().constFirst());
        QString error;
        if (!DemoWorkbench::create(target, &error)) {
            CliOutput::err(error);
            return 1;
        }
        Database db;
        if (!db.open(target)) {
            CliOutput::err(db.error());
            return 1;
        }
        CliOutput::out(NewWorkbench::checkLine(db, &error));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCreateDemoCommand()
{
    return std::make_unique<CreateDemoCommand>();
}
