// The child process of the kill-point suite: performs one write path of the app, with every
// SQLite file operation counted, and is killed (SIGKILL from inside) at the step it is told.
//
//   cw_faultchild KILLAT create   PATH
//   cw_faultchild KILLAT demo     PATH
//   cw_faultchild KILLAT template PATH TEMPLATE.json
//   cw_faultchild KILLAT migrate  PATH MIGRATIONSDIR
//   cw_faultchild KILLAT saveas   SOURCE TARGET
//   cw_faultchild KILLAT csv      PATH SESSIONS.csv
//   cw_faultchild KILLAT resume   PATH RESUME.json
//   cw_faultchild KILLAT backup   TARGET BACKUP.json
//
// KILLAT 0 runs to the end. On success prints "operations N" and exits 0.
#include "db/database.h"
#include "io/backupimport.h"
#include "io/demoworkbench.h"
#include "io/interviewcsvimport.h"
#include "io/jsonresumeimport.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"
#include "killvfs.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

static int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return failed(u"usage: cw_faultchild KILLAT PATH-KIND ARGS"_s);
    if (!KillVfs::install(args.at(1).toLong()))
        return failed(u"the counting VFS cannot be installed"_s);
    const QString kind = args.at(2);
    const QString path = args.at(3);
    const QString extra = args.value(4);
    QString error;
    if (kind == "create"_L1) {
        Database db;
        if (!db.open(path, NewWorkbench::builtInRoadmap(), Database::Creation::Only))
            return failed(db.error());
    } else if (kind == "demo"_L1) {
        if (!DemoWorkbench::create(path, &error))
            return failed(error);
    } else if (kind == "template"_L1) {
        const auto roadmap = RoadmapTemplateJson::load(extra, &error);
        if (!roadmap)
            return failed(error);
        Database db;
        if (!db.open(path, NewWorkbench::seededWith(*roadmap), Database::Creation::Only))
            return failed(db.error());
    } else if (kind == "migrate"_L1) {
        Database db(extra);
        if (!db.open(path, {}, Database::Creation::Never))
            return failed(db.error());
    } else if (kind == "saveas"_L1) {
        Database db;
        if (!db.open(path, {}, Database::Creation::Never))
            return failed(db.error());
        if (!db.saveCopy(extra, &error))
            return failed(error);
    } else if (kind == "csv"_L1) {
        Database db;
        if (!db.open(path, {}, Database::Creation::Never))
            return failed(db.error());
        InterviewCsvImport import(db.connection());
        InterviewCsvImport::Preview summary;
        if (!import.importFile(extra, {}, &summary, &error))
            return failed(error);
    } else if (kind == "resume"_L1) {
        Database db;
        if (!db.open(path, {}, Database::Creation::Never))
            return failed(db.error());
        if (const WriteResult r = JsonResumeImport(db.connection()).importFile(extra); !r)
            return failed(r.error());
    } else if (kind == "backup"_L1) {
        if (const WriteResult r = BackupImport::importInto(extra, path); !r)
            return failed(r.error());
    } else {
        return failed(u"unknown write path: "_s + kind);
    }
    std::printf("operations %ld\n", KillVfs::operations());
    return 0;
}
