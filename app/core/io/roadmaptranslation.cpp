#include "roadmaptranslation.h"

#include "domain/roadmaptemplate.h"
#include "io/seedtranslation.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

static const auto FormatName = "career-workbench-roadmap-translation"_L1;
static const auto BaseName = u"roadmap"_s;

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
    const std::optional<QJsonObject> parsed
        = SeedTranslation::root(json, FormatName, FormatVersion, &problem);
    if (!parsed)
        return fail(problem);
    const QJsonObject &root = *parsed;
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
    return SeedTranslation::resourceFor(BaseName, language);
}

QStringList RoadmapTranslation::builtInLanguages()
{
    return SeedTranslation::builtInLanguages(BaseName);
}

QString RoadmapTranslation::languageFor(const QLocale &locale)
{
    return SeedTranslation::languageFor(BaseName, locale);
}
