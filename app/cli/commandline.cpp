#include "commandline.h"

#include "commandregistry.h"
#include "cw_version.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <shellapi.h>
#endif
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

static const auto ProgramName = "career-workbench"_L1;

void CliOutput::out(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void CliOutput::err(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

struct CommandLine::Parsed
{
    Action action = Action::Mistake;
    CliCommand *command = nullptr;
    QString mistake;
    CliContext context;
    std::unique_ptr<QCommandLineParser> parser;
};

CommandLine::CommandLine(const QStringList &arguments)
    : m_arguments(arguments)
    , m_commands(CommandRegistry::all())
{
    const Parsed p = parse();
    m_action = p.action;
    m_command = p.command;
    m_context = p.context;
}

CommandLine::~CommandLine() = default;

QStringList CommandLine::fromArgv(int argc, char **argv)
{
    QStringList args;
#ifdef Q_OS_WIN
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            args.append(QString::fromWCharArray(wide[i]));
        LocalFree(wide);
        return args;
    }
#endif
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

void CommandLine::preferOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void CommandLine::provideRuntimeDirectory()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const passwd *user = getpwuid(geteuid());
    if (!user)
        return;
    // Where Qt falls back to, made as the XDG specification asks: the user's own, mode 0700.
    const QString dir = QDir::tempPath() + u"/runtime-"_s + QString::fromLocal8Bit(user->pw_name);
    if (!QDir().mkpath(dir) || QFileInfo(dir).ownerId() != geteuid()
        || !QFile::setPermissions(dir,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser))
        return; // Qt says what is wrong with it
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
#endif
}

CliCommand::Needs CommandLine::needs() const
{
    if (m_action == Action::StartGui)
        return CliCommand::Needs::Widgets;
    if (m_action == Action::RunCommand && m_command)
        return m_command->needs();
    return CliCommand::Needs::Core;
}

// Parsing is a pure function of the arguments: exec() parses again once the translations are
// installed, so every message is in the user's language.
CommandLine::Parsed CommandLine::parse() const
{
    auto parser = std::make_unique<QCommandLineParser>();
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption database(u"database"_s,
                                      tr("The workbench FILE to open or work on (the app "
                                         "creates it when it does not exist)."),
                                      tr("FILE"));
    parser->addOptions({help, version, database});
    QStringList extraNames;
    for (const auto &command : m_commands) {
        parser->addOption(command->option());
        for (const QCommandLineOption &extra : command->extraOptions()) {
            if (extraNames.contains(extra.names().constFirst()))
                continue;
            extraNames.append(extra.names().constFirst());
            parser->addOption(extra);
        }
    }
    // In the user's language, as the options' value names are ("[ARCHIVO]", "[DATEI]").
    parser->addPositionalArgument(tr("FILE"), tr("A workbench to open (the same as --database)."),
                                  u"[%1]"_s.arg(tr("FILE")));

    Parsed p;
    auto mistake = [&p, &parser](const QString &text) {
        p.action = Action::Mistake;
        p.mistake = text;
        p.parser = std::move(parser);
        return std::move(p);
    };
    if (!parser->parse(m_arguments))
        return mistake(parser->errorText());
    if (parser->isSet(help) || parser->isSet(version)) {
        p.action = parser->isSet(help) ? Action::Help : Action::Version;
        p.parser = std::move(parser);
        return p;
    }

    const QStringList positional = parser->positionalArguments();
    if (positional.size() > 1)
        return mistake(tr("Give one workbench file at a time, not %1.").arg(positional.size()));
    if (!positional.isEmpty() && parser->isSet(database))
        return mistake(tr("Give the workbench either as --database FILE or as FILE, not both."));
    p.context.databaseGiven = parser->isSet(database) || !positional.isEmpty();
    p.context.databasePath = parser->isSet(database) ? parser->value(database)
        : !positional.isEmpty()                      ? positional.constFirst()
                                                     : Database::defaultPath();
    if (p.context.databaseGiven && p.context.databasePath.isEmpty())
        return mistake(tr("--database needs a file name."));

    QList<CliCommand *> chosen;
    for (const auto &command : m_commands) {
        if (parser->isSet(command->option().names().constFirst()))
            chosen.append(command.get());
    }
    if (chosen.size() > 1) {
        return mistake(tr("--%1 and --%2 do not go together: give one command at a time.")
                           .arg(chosen.at(0)->option().names().constFirst(),
                                chosen.at(1)->option().names().constFirst()));
    }
    CliCommand *command = chosen.isEmpty() ? nullptr : chosen.constFirst();

    for (const QString &name : std::as_const(extraNames)) {
        if (!parser->isSet(name))
            continue;
        QStringList owners;
        for (const auto &c : m_commands) {
            if (c->acceptedOptions().contains(name))
                owners.append(u"--"_s + c->option().names().constFirst());
        }
        if (!command || !command->acceptedOptions().contains(name)) {
            return mistake(tr("--%1 goes only with %2.").arg(name, owners.join(u", "_s)));
        }
    }

    if (!command) {
        p.action = Action::StartGui;
        p.parser = std::move(parser);
        return p;
    }
    if (!command->usesDatabase() && p.context.databaseGiven) {
        return mistake(tr("--%1 does not work on a workbench: leave out --database and FILE.")
                           .arg(command->option().names().constFirst()));
    }
    p.context.parser = parser.get();
    const QString usage = command->usageError(p.context);
    if (!usage.isEmpty())
        return mistake(usage);
    p.action = Action::RunCommand;
    p.command = command;
    p.parser = std::move(parser);
    return p;
}

QString CommandLine::helpText() const
{
    QString text = m_parser->helpText();
    text.replace(QFileInfo(QCoreApplication::applicationFilePath()).fileName(), ProgramName);
    text += u'\n' + tr("Commands (one at a time; without one the app starts its window):") + u'\n';
    for (const auto &command : m_commands) {
        text += u"  --"_s + command->option().names().constFirst() + u'\n';
        text += u"      "_s + command->example() + u'\n';
    }
    text += u'\n'
        + tr("Exit codes: 0 done, 1 the work failed, 2 a mistake on the command line; "
             "a command may document others.")
        + u'\n';
    return text;
}

int CommandLine::exec()
{
    // Parse again now that the translations are installed, and keep the parser alive for the
    // command to read its values from.
    Parsed p = parse();
    m_parser = std::move(p.parser);

    switch (p.action) {
    case Action::Help:
        std::fputs(helpText().toLocal8Bit().constData(), stdout);
        return 0;
    case Action::Version:
        CliOutput::out(ProgramName + u' ' + QStringLiteral(CW_VERSION_STRING));
        return 0;
    case Action::Mistake:
        CliOutput::err(ProgramName + u": "_s + p.mistake);
        CliOutput::err(tr("Try '%1 --help' for the commands and their options.").arg(ProgramName));
        return UsageExitCode;
    case Action::StartGui:
        return 0;
    case Action::RunCommand:
        break;
    }
    return p.command->run(p.context);
}
