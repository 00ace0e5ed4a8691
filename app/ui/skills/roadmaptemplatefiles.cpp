#include "roadmaptemplatefiles.h"

#include "common/dialogs.h"
#include "db/database.h"
#include "db/roadmaptemplaterepository.h"
#include "documentcontroller.h"
#include "io/roadmaptemplatejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString RoadmapTemplateFiles::templateFilter()
{
    return tr("Roadmap templates (*.json);;All files (*)");
}

QString RoadmapTemplateFiles::exportRoadmap(QWidget *parent, Database *database)
{
    const QFileInfo db(database->path());
    const QString suggested = db.dir().filePath(db.completeBaseName() + u"-roadmap.json"_s);
    QString path
        = Dialogs::saveFileName(parent, tr("Export Roadmap Template"), suggested, templateFilter());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    QString error;
    std::optional<RoadmapTemplate> read
        = RoadmapTemplateRepository(database->connection())
              .read(tr("%1 roadmap").arg(db.completeBaseName()), &error);
    if (!read) {
        Dialogs::warning(parent, tr("Export Roadmap Template"),
                         tr("The roadmap cannot be read: %1").arg(error));
        return {};
    }
    RoadmapTemplate &t = *read;
    t.description = tr("Stages, categories and skills with their targets and priorities, "
                       "exported from Career Workbench.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(RoadmapTemplateJson::serialize(t)) < 0
        || !file.commit()) {
        Dialogs::warning(parent, tr("Export Roadmap Template"),
                         tr("%1 was not written: %2. Any file already there is unchanged.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    return path;
}

std::optional<RoadmapTemplateFiles::NewWorkbench>
RoadmapTemplateFiles::chooseTemplate(QWidget *parent, const QString &startDir)
{
    const QString source = Dialogs::openFileName(parent, tr("New Workbench from Template"),
                                                 startDir, templateFilter());
    if (source.isEmpty())
        return std::nullopt;
    QString error;
    auto roadmap = RoadmapTemplateJson::load(source, &error);
    if (!roadmap) {
        Dialogs::warning(parent, tr("Template Refused"),
                         tr("This roadmap template cannot be used: %1. Nothing was created or "
                            "changed.")
                             .arg(error));
        return std::nullopt;
    }
    QString target
        = Dialogs::saveFileName(parent, tr("Save the New Workbench As"),
                                QDir(startDir).filePath(QFileInfo(source).completeBaseName()
                                                        + DocumentController::fileSuffix()),
                                DocumentController::fileFilter());
    if (target.isEmpty())
        return std::nullopt;
    if (QFileInfo(target).suffix().isEmpty())
        target += DocumentController::fileSuffix();
    if (QFileInfo::exists(target)) {
        Dialogs::warning(parent, tr("New Workbench from Template"),
                         tr("%1 already exists. A new workbench never replaces a file; choose a "
                            "new name.")
                             .arg(QDir::toNativeSeparators(target)));
        return std::nullopt;
    }
    return NewWorkbench {target, *roadmap};
}
