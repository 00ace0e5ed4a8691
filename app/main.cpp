#include "commandline.h"
#include "common/appearance.h"
#include "common/languages.h"
#include "cw_version.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "report/reportrenderer.h"
#include "reports/reportcharts.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

static void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"CareerWorkbench"_s);
    QCoreApplication::setApplicationName(u"CareerWorkbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
}

// A headless command: the command line is parsed before any window system is touched, and the
// application object is the least the command needs.
static int runCommand(CommandLine &cli, int &argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    switch (cli.needs()) {
    case CliCommand::Needs::Core:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case CliCommand::Needs::Gui:
        CommandLine::preferOffscreenPlatform();
        CommandLine::provideRuntimeDirectory();
        app = std::make_unique<QGuiApplication>(argc, argv);
        break;
    case CliCommand::Needs::Widgets:
        CommandLine::preferOffscreenPlatform();
        CommandLine::provideRuntimeDirectory();
        app = std::make_unique<QApplication>(argc, argv);
        break;
    }
    setApplicationNames();
    Languages::install(app.get());
    // Report exports draw the pages' own charts (the command line links core only).
    const ReportCharts reportCharts;
    ReportRenderer::setChartPainter(&reportCharts);
    return cli.exec();
}

int main(int argc, char **argv)
{
    CommandLine cli(CommandLine::fromArgv(argc, argv));
    if (cli.action() != CommandLine::Action::StartGui)
        return runCommand(cli, argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Career Workbench"));
    QGuiApplication::setDesktopFileName(u"org.careerworkbench.CareerWorkbench"_s);
    QIcon icon;
    icon.addFile(u":/icons/career-workbench-64.png"_s);
    icon.addFile(u":/icons/career-workbench-256.png"_s);
    QGuiApplication::setWindowIcon(icon);
    Languages::install(&app);

    if (Appearance::stored() != Appearance::Mode::System)
        Appearance::apply(&app, Appearance::stored());
    MainWindow window;
    window.show();
    const QString given = cli.startPath();
    const QString startPath = given.isEmpty() ? MainWindow::startupPath() : given;
    // Open the workbench once the window is on screen: a migration or a first-run seed
    // never delays the first paint. A file the system asked to open in the meantime (macOS
    // sends a double-clicked file as an event, see MainWindow::eventFilter) comes first.
    QTimer::singleShot(0, &window, [&window, startPath] {
        if (!window.document()->database())
            window.openWorkbench(startPath);
    });
    return app.exec();
}
