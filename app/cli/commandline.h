#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

// The whole command line, parsed before any application object or window system exists, so a
// mistake gets its message and exit code 2 with or without a display. main() asks what to do
// and which application object that needs, creates it (with the translations), then calls exec().
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { StartGui, RunCommand, Help, Version, Mistake };
    static constexpr int UsageExitCode = 2;

    explicit CommandLine(const QStringList &arguments);
    ~CommandLine();

    // The program's arguments as Unicode on every platform (argv is in the local 8-bit
    // encoding, which on Windows cannot hold every file name).
    static QStringList fromArgv(int argc, char **argv);
    // Headless commands that need QtGui run on the offscreen platform unless one is chosen.
    static void preferOffscreenPlatform();
    // Names a private runtime directory for a headless command when the session has none (a
    // server, a container, cron): Qt would warn on stderr and then use the same directory.
    static void provideRuntimeDirectory();

    Action action() const { return m_action; }
    CliCommand::Needs needs() const;
    // For StartGui: the workbench given by --database or as a plain FILE argument, or "".
    QString startPath() const
    {
        return m_context.databaseGiven ? m_context.databasePath : QString();
    }

    // Prints help, the version or the mistake, or runs the command; returns the exit code.
    // Call it once the application object and the translations are installed.
    int exec();

private:
    struct Parsed;
    Parsed parse() const;
    QString helpText() const;

    QStringList m_arguments;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::unique_ptr<QCommandLineParser> m_parser;
    Action m_action = Action::Mistake;
    CliCommand *m_command = nullptr;
    CliContext m_context;
};
