#include "commandregistry.h"
#include "db/database.h"
#include "io/newworkbench.h"

using namespace Qt::StringLiterals;

namespace {

// --check: open, update and verify a workbench (the full integrity_check and
// foreign_key_check), print one line. It never creates anything: a mistyped path says "no
// such file". Exit 2 when the file is refused or missing, 3 when it opened but is not sound.
class CheckCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"check"_s,
                                  tr("Open, update and fully verify an existing workbench without "
                                     "a window, print one line and exit. Never creates a file."));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override { return u"career-workbench --database my.cwbench --check"_s; }
    int run(const CliContext &context) override
    {
        Database db;
        if (!db.open(context.databasePath, {}, Database::Creation::Never)) {
            CliOutput::err(db.error());
            return 2;
        }
        QString error;
        if (!db.verify(&error)) {
            CliOutput::err(error);
            return 3;
        }
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
