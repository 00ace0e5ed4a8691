#include "commandregistry.h"
#include "db/database.h"
#include "io/calendarexport.h"

using namespace Qt::StringLiterals;

namespace {

// --export-ics OUT.ics: exams, expiries, renewals and real interviews as an iCalendar file.
class ExportIcsCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ExportIcsCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"export-ics"_s,
                                  tr("Write exam dates, expiries, renewals and interview dates "
                                     "to an iCalendar FILE (Google Calendar, Outlook and "
                                     "Thunderbird import it; a re-import updates the events)."),
                                  tr("FILE"));
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --export-ics exams.ics"_s;
    }
    int run(const CliContext &context) override
    {
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 1;
        QString error;
        if (!CalendarExport::exportTo(db->connection(), context.parser->value(u"export-ics"_s),
                                      QDate::currentDate(), &error)) {
            CliOutput::err(error);
            return 1;
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportIcsCommand()
{
    return std::make_unique<ExportIcsCommand>();
}
