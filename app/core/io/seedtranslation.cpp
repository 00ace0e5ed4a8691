#include "seedtranslation.h"

#include "io/roadmaptemplatejson.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QStringList SeedTranslation::builtInLanguages(const QString &base)
{
    QStringList languages {u"en"_s};
    const QStringList files
        = QDir(u":/seed"_s).entryList({base + u".*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        languages << f.mid(base.size() + 1).section(u'.', 0, 0);
    return languages;
}

QString SeedTranslation::resourceFor(const QString &base, const QString &language)
{
    return u":/seed/%1.%2.json"_s.arg(base, language);
}

QString SeedTranslation::languageFor(const QString &base, const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    if (code != u"en"_s && builtInLanguages(base).contains(code))
        return code;
    return u"en"_s;
}

std::optional<QJsonObject> SeedTranslation::root(const QByteArray &json, QLatin1StringView format,
                                                 int version, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QObject::tr("%1: %2").arg(RoadmapTemplateJson::position(json, pe.offset),
                                              pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != format)
        return fail(QObject::tr("format: must be \"%1\"").arg(format));
    if (root.value("version"_L1).toInt(0) != version)
        return fail(QObject::tr("version: must be %1").arg(version));
    return root;
}
