#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// What the translations of the built-in data share (RoadmapTranslation, DemoTranslation,
// CatalogueTranslation): one file per language beside the English one, named
// :/seed/<base>.<language>.json, with a "format" name and a "version" of its own.
class SeedTranslation
{
public:
    // "en" first, then the language of each :/seed/BASE.<language>.json.
    static QStringList builtInLanguages(const QString &base);
    // The resource holding BASE's translation for LANGUAGE ("es"), whether or not it exists.
    static QString resourceFor(const QString &base, const QString &language);
    // LOCALE's language ("es") when BASE comes in it; "en" for English, C and any other.
    static QString languageFor(const QString &base, const QLocale &locale);
    // The root object of JSON when it is a translation file of FORMAT and VERSION; otherwise
    // nothing, and *ERROR says why.
    static std::optional<QJsonObject> root(const QByteArray &json, QLatin1StringView format,
                                           int version, QString *error);
};
