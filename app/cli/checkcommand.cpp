#include "commandregistry.h"
#include "db/database.h"
#include "io/newworkbench.h"

using namespace Qt::StringLiterals;

namespace {

// --check: open, update and verify a workbench, print one line. Exit 2 when the file is
// refused, 3 when it opened but could not be verified.
class CheckCommand : public CliCommand
{
public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"check"_s,
                                  tr("Open, update and verify the workbench without a window, "
                                     "print one line and exit."));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override { return u"career-workbench --database my.sqlite --check"_s; }
    int run(const CliContext &context) override
    {
        Database db;
        if (!db.open(context.databasePath, NewWorkbench::builtInRoadmap())) {
            CliOutput::err(db.error());
            return 2;
        }
        QString error;
        const QString line = NewWorkbench::checkLine(db, &error);
        if (!error.isEmpty()) {
            CliOutput::err(error);
            return 3;
        }
        CliOutput::out(line);
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}
