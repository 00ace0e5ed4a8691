#include "demoworkbench.h"

#include "db/database.h"
#include "db/roadmaptemplaterepository.h"
#include "db/settingsrepository.h"
#include "demowriter.h"
#include "io/demotranslation.h"
#include "io/roadmaptemplatejson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const auto PersonaResource = ":/seed/demo.json"_L1;
const auto PersonaName = "demo.json"_L1;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool DemoWorkbench::create(const QString &path, QString *error, const QDate &today,
                           TaskControl *control)
{
    if (path.isEmpty())
        return failWith(error, QObject::tr("No file name was given for the demo workbench."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    const QFileInfo info(absolute);
    const QString exists = QObject::tr("%1 already exists. The demo workbench is only written to "
                                       "a new file; choose another name.")
                               .arg(shown);
    if (info.exists() || info.isSymLink())
        return failWith(error, exists);
    if (!today.isValid())
        return failWith(error, QObject::tr("The demo workbench needs a valid date for today."));

    QFile source(PersonaResource);
    if (!source.open(QIODevice::ReadOnly))
        return failWith(
            error, QObject::tr("%1 cannot be read: %2").arg(PersonaResource, source.errorString()));
    const QByteArray json = source.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(error,
                        QObject::tr("%1, %2: %3")
                            .arg(PersonaName,
                                 RoadmapTemplateJson::position(json, parseError.offset),
                                 parseError.errorString()));
    if (!doc.isObject())
        return failWith(error, QObject::tr("%1: must be a JSON object").arg(PersonaName));
    // Written in the language of the user interface, as the roadmap is.
    const DemoTranslation translation = DemoTranslation::builtIn();
    const QJsonObject persona = translation.apply(doc.object());
    const RoadmapTemplate roadmap = RoadmapTemplateJson::builtIn();
    if (roadmap.skills.isEmpty())
        return failWith(error, QObject::tr("The built-in roadmap (roadmap.json) cannot be read."));

    const auto fill = [&](QSqlDatabase &db, QString *err) {
        QHash<QString, qint64> skillIds;
        QString inner;
        if (!RoadmapTemplateRepository(db).insert(roadmap, &inner, &skillIds)) {
            *err = QObject::tr("roadmap.json: %1").arg(inner);
            return false;
        }
        // The persona's levels are where the demo starts, not progress made today: keep them
        // out of the level history (db/migrations/0004_progress.sql).
        SettingsRepository settings(db);
        DemoWriter writer(db, roadmap, skillIds, today);
        writer.setControl(control);
        writer.setTexts(translation.texts());
        return settings.setValue(u"progress/baseline"_s, 1, err)
            && writer.write(persona, PersonaName, err)
            && settings.remove(u"progress/baseline"_s, err);
    };
    // Built under a temporary name and renamed into place when complete (Database::open with
    // Creation::Only): a crash leaves nothing at PATH, and an existing file is never touched.
    Database db;
    if (!db.open(absolute, fill, Database::Creation::Only)) {
        if (db.status() == Database::Status::Exists)
            return failWith(error, exists);
        return failWith(error, db.error());
    }
    db.close();
    return true;
}
