#include "commandregistry.h"

#include "domain/readinessitem.h"
#include "io/reposcanjson.h"
#include "io/reposcanner.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

// --scan-repo DIR [--json] [--fail-under N]: the readiness checklist of a local checkout,
// without a workbench. Exit 0 when printed, 1 when the score is below --fail-under, 3 when
// the folder is missing or cannot be read (message on stderr).
class ScanRepoCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(ScanRepoCommand)

public:
    static constexpr int BelowThresholdExitCode = 1;
    static constexpr int CannotScanExitCode = 3;

    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"scan-repo"_s,
                                  tr("Scan the folder DIR for the readiness checklist (README, "
                                     "tests, CI, secrets ...), print it with its evidence and "
                                     "exit."),
                                  tr("DIR"));
    }
    QStringList acceptedOptions() const override { return {u"json"_s, u"fail-under"_s}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"json"_s, tr("Print the result as one JSON object.")),
                QCommandLineOption(u"fail-under"_s,
                                   tr("With --scan-repo: exit with 1 when the score is below N "
                                      "(0-100)."),
                                   tr("N"))};
    }
    QString example() const override
    {
        return u"career-workbench --scan-repo ./my-project --json --fail-under 70"_s;
    }
    QString usageError(const CliContext &context) const override
    {
        if (context.parser->value(u"scan-repo"_s).isEmpty())
            return tr("--scan-repo needs a folder.");
        if (context.parser->isSet(u"fail-under"_s)) {
            bool ok = false;
            const int n = context.parser->value(u"fail-under"_s).toInt(&ok);
            if (!ok || n < 0 || n > 100)
                return tr("--fail-under needs a whole number from 0 to 100.");
        }
        return {};
    }
    int run(const CliContext &context) override
    {
        const RepoScanner::Result result = RepoScanner::scan(context.parser->value(u"scan-repo"_s));
        if (!result.error.isEmpty()) {
            CliOutput::err(result.error);
            return CannotScanExitCode;
        }
        if (context.parser->isSet(u"json"_s))
            CliOutput::out(QString::fromUtf8(RepoScanJson::toBytes(result)).trimmed());
        else
            printChecklist(result);
        if (context.parser->isSet(u"fail-under"_s)
            && result.score < context.parser->value(u"fail-under"_s).toInt()) {
            CliOutput::err(tr("Readiness %1 is below %2.")
                               .arg(result.score)
                               .arg(context.parser->value(u"fail-under"_s).toInt()));
            return BelowThresholdExitCode;
        }
        return 0;
    }

private:
    static void printChecklist(const RepoScanner::Result &result)
    {
        CliOutput::out(tr("Readiness of %1: %2 of 100")
                           .arg(QDir::toNativeSeparators(result.path))
                           .arg(result.score));
        for (const RepoScanner::Item &item : result.items) {
            CliOutput::out(u"%1 %2  %3"_s.arg(item.passed ? u"[x]"_s : u"[ ]"_s,
                                              item.id.leftJustified(15),
                                              ReadinessItem::title(item.id)));
            for (const ScanEvidence &e : item.evidence) {
                QString where = e.file;
                if (e.line > 0)
                    where += u':' + QString::number(e.line);
                CliOutput::out(u"      "_s + where
                               + (e.text.isEmpty() ? QString() : u"  "_s + e.text));
            }
            if (item.omitted > 0)
                CliOutput::out(u"      "_s + tr("... and %n more", nullptr, item.omitted));
        }
    }
};

} // namespace

std::unique_ptr<CliCommand> makeScanRepoCommand()
{
    return std::make_unique<ScanRepoCommand>();
}
