#include "commandregistry.h"
#include "io/backupimport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// --import-backup IN.json --into NEW.cwbench: restore a backup into a new workbench file.
class ImportBackupCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ImportBackupCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"import-backup"_s,
                                  tr("Restore a JSON backup FILE into the new workbench named "
                                     "by --into (never over an existing file)."),
                                  tr("FILE"));
    }
    QStringList acceptedOptions() const override { return {u"into"_s}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"into"_s,
                                   tr("With --import-backup: the new workbench FILE to create "
                                      "(it must not exist)."),
                                   tr("FILE"))};
    }
    QString example() const override
    {
        return u"career-workbench --import-backup backup.json --into restored.cwbench"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(option().names().constFirst()).isEmpty())
            return tr("--import-backup needs the name of the backup to read.");
        if (context.parser->value(u"into"_s).isEmpty())
            return tr("--import-backup needs --into NEW-FILE: a backup is restored into a new "
                      "workbench.");
        return {};
    }
    int run(const CliContext &context) override
    {
        const QString in = context.parser->value(option().names().constFirst());
        const QString into = context.parser->value(u"into"_s);
        if (!QFileInfo::exists(in)) {
            CliOutput::err(tr("%1: no such file.").arg(in));
            return 2;
        }
        if (QFileInfo::exists(into)) {
            CliOutput::err(tr("%1 already exists. A backup is only restored into a new file; "
                              "choose another name.")
                               .arg(into));
            return 2;
        }
        BackupImport::Summary summary;
        const WriteResult r = BackupImport::importInto(in, into, nullptr, &summary);
        if (!r) {
            CliOutput::err(r.error());
            return 1;
        }
        CliOutput::out(tr("Restored %1 rows in %2 tables from %3 into %4.")
                           .arg(summary.rows)
                           .arg(summary.tables)
                           .arg(in, into));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportBackupCommand()
{
    return std::make_unique<ImportBackupCommand>();
}
