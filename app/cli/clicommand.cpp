#include "clicommand.h"

#include "db/database.h"

std::unique_ptr<Database> CliCommand::openWorkbench(const CliContext &context)
{
    auto db = std::make_unique<Database>();
    if (!db->open(context.databasePath, {}, Database::Creation::Never)) {
        CliOutput::err(db->error());
        return nullptr;
    }
    return db;
}
