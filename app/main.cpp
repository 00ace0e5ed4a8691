#include "common/appearance.h"
#include "common/languages.h"
#include "cw_version.h"
#include "db/database.h"
#include "io/demoworkbench.h"
#include "io/newworkbench.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

// --check, --create-demo, --help and --version need no display: they run on a
// QCoreApplication, so they work on a server or in CI with no variable set by hand.
static bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             {"--check", "--create-demo", "--help", "-h", "--help-all", "--version", "-v", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0 || std::strncmp(argv[i], "--create-demo=", 14) == 0)
                return true;
        }
    }
    return false;
}

static void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

int main(int argc, char **argv)
{
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(u"CareerWorkbench"_s);
    QCoreApplication::setApplicationName(u"CareerWorkbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
    if (!headless) {
        QGuiApplication::setApplicationDisplayName(
            QCoreApplication::translate("main", "Career Workbench"));
        QGuiApplication::setDesktopFileName(u"org.careerworkbench.CareerWorkbench"_s);
        QIcon icon;
        icon.addFile(u":/icons/career-workbench-64.png"_s);
        icon.addFile(u":/icons/career-workbench-256.png"_s);
        QGuiApplication::setWindowIcon(icon);
    }
    Languages::install(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Career Workbench: skills, certifications, projects and interview practice "
        "for a career in AI engineering, kept in one private file."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(u"database"_s,
                                QCoreApplication::translate("main",
                                                            "Open FILE as the workbench "
                                                            "(created if it does not exist)."),
                                QCoreApplication::translate("main", "FILE"));
    QCommandLineOption check(u"check"_s,
                             QCoreApplication::translate("main",
                                                         "Open, update and verify the "
                                                         "workbench without a window, print "
                                                         "one line and exit."));
    QCommandLineOption createDemo(u"create-demo"_s,
                                  QCoreApplication::translate("main",
                                                              "Write the demo workbench to "
                                                              "FILE (which must not exist) "
                                                              "and exit."),
                                  QCoreApplication::translate("main", "FILE"));
    parser.addOptions({database, check, createDemo});
    parser.process(*app);

    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();

    if (parser.isSet(createDemo)) {
        const QString target = parser.value(createDemo);
        QString error;
        if (!DemoWorkbench::create(target, &error)) {
            printLine(stderr, error);
            return 1;
        }
        Database db;
        if (!db.open(target)) {
            printLine(stderr, db.error());
            return 1;
        }
        printLine(stdout, NewWorkbench::checkLine(db, &error));
        return 0;
    }

    if (parser.isSet(check)) {
        Database db;
        if (!db.open(path, NewWorkbench::builtInRoadmap())) {
            printLine(stderr, db.error());
            return 2;
        }
        QString error;
        const QString line = NewWorkbench::checkLine(db, &error);
        if (!error.isEmpty()) {
            printLine(stderr, error);
            return 3;
        }
        printLine(stdout, line);
        return 0;
    }

    if (Appearance::stored() != Appearance::Mode::System)
        Appearance::apply(qApp, Appearance::stored());
    MainWindow window;
    window.show();
    const QString startPath = parser.isSet(database) ? path : MainWindow::startupPath();
    // Open the workbench once the window is on screen: a migration or a first-run seed
    // never delays the first paint.
    QTimer::singleShot(0, &window, [&window, startPath] { window.openWorkbench(startPath); });
    return app->exec();
}
