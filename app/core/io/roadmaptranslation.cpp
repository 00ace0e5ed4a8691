#include "roadmaptranslation.h"

#include "domain/roadmaptemplate.h"
#include "io/roadmaptemplatejson.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

static const auto FormatName = "career-workbench-roadmap-translation"_L1;

namespace {

struct Texts
{
    QString name;
    QString description;
};

// Reads SECTION ({"key": {"name": ..., "description": ...}}) for the items of ITEMS.
template<typename Item>
bool translate(const QJsonObject &root, QLatin1StringView section, QList<Item> *items,
               QString *error)
{
    const QJsonValue v = root.value(section);
    if (items->isEmpty() && v.isUndefined())
        return true;
    if (!v.isObject()) {
        *error = QObject::tr("%1: must be an object of keys").arg(QString(section));
        return false;
    }
    const QJsonObject o = v.toObject();
    QSet<QString> known;
    QList<Texts> texts;
    for (const Item &item : std::as_const(*items)) {
        known.insert(item.key);
        const QString where = u"%1.%2"_s.arg(QString(section), item.key);
        const QJsonObject entry = o.value(item.key).toObject();
        Texts t {entry.value("name"_L1).toString().trimmed(),
                 entry.value("description"_L1).toString().trimmed()};
        if (t.name.isEmpty()) {
            *error = QObject::tr("%1: the name is missing").arg(where);
            return false;
        }
        if (t.description.isEmpty() != item.description.isEmpty()) {
            *error = QObject::tr("%1: the description is missing").arg(where);
            return false;
        }
        texts << t;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error
                = QObject::tr("%1.%2: the roadmap has no such key").arg(QString(section), it.key());
            return false;
        }
    }
    for (qsizetype i = 0; i < items->size(); ++i) {
        (*items)[i].name = texts[i].name;
        (*items)[i].description = texts[i].description;
    }
    return true;
}

} // namespace

bool RoadmapTranslation::apply(RoadmapTemplate *t, const QByteArray &json, QString *error)
{
    QString problem;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QObject::tr("%1: %2").arg(RoadmapTemplateJson::position(json, pe.offset),
                                              pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != FormatName)
        return fail(QObject::tr("format: must be \"%1\"").arg(FormatName));
    if (root.value("version"_L1).toInt(0) != FormatVersion)
        return fail(QObject::tr("version: must be %1").arg(FormatVersion));
    RoadmapTemplate out = *t;
    out.name = root.value("name"_L1).toString().trimmed();
    out.description = root.value("description"_L1).toString().trimmed();
    if (out.name.isEmpty())
        return fail(QObject::tr("name: is missing"));
    if (!translate(root, "stages"_L1, &out.stages, &problem)
        || !translate(root, "categories"_L1, &out.categories, &problem)
        || !translate(root, "specialisations"_L1, &out.specialisations, &problem)
        || !translate(root, "skills"_L1, &out.skills, &problem))
        return fail(problem);
    *t = out;
    return true;
}

QString RoadmapTranslation::resourceFor(const QString &language)
{
    return u":/seed/roadmap.%1.json"_s.arg(language);
}

QStringList RoadmapTranslation::builtInLanguages()
{
    QStringList languages {u"en"_s};
    const QStringList files
        = QDir(u":/seed"_s).entryList({u"roadmap.*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        languages << f.section(u'.', 1, 1);
    return languages;
}

QString RoadmapTranslation::languageFor(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    if (code != u"en"_s && builtInLanguages().contains(code))
        return code;
    return u"en"_s;
}
