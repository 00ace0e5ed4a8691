#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Database;

// What a command writes to the terminal. Paths and user text are passed through as they are.
class CliOutput
{
public:
    static void out(const QString &line);
    static void err(const QString &line);
};

// The parsed command line as a command sees it.
struct CliContext
{
    const QCommandLineParser *parser = nullptr;
    // --database FILE, or the positional FILE, or the default workbench when neither was given.
    QString databasePath;
    bool databaseGiven = false;
};

// One headless command, selected by its option (`--check`, `--export-csv OUT.csv` ...).
// Exit codes: 0 done, 1 the work failed (message on stderr), 2 a usage mistake (reported by
// CommandLine before run() is called), other codes as the command documents.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    // The application object the command needs. Core needs no display; Gui and Widgets run on
    // the offscreen platform unless QT_QPA_PLATFORM says otherwise, so no command needs one.
    enum class Needs { Core, Gui, Widgets };

    virtual ~CliCommand() = default;

    // The option that selects the command, e.g. "check" for --check.
    virtual QCommandLineOption option() const = 0;
    // Further options only this command (or a few commands) accept, by name; each must be
    // declared once in CommandLine's option list (extraOptions() of any command).
    virtual QStringList acceptedOptions() const { return {}; }
    virtual QList<QCommandLineOption> extraOptions() const { return {}; }
    // Whether the command works on a workbench (--database FILE).
    virtual bool usesDatabase() const { return false; }
    virtual Needs needs() const { return Needs::Core; }
    // One example line for --help, e.g. "career-workbench --database my.cwbench --check".
    virtual QString example() const = 0;
    // A usage mistake the parser cannot see (a bad value, a missing companion option), or "".
    virtual QString usageError(const CliContext &) const { return {}; }
    virtual int run(const CliContext &context) = 0;

protected:
    // The workbench at --database FILE, opened and migrated; never creates a file. Null when
    // there is no such file or it is refused, with the reason already printed on stderr.
    static std::unique_ptr<Database> openWorkbench(const CliContext &context);
};
