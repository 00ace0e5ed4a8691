#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

struct RoadmapTemplate;

// The built-in roadmap is data, so its translations are data too: one file per language,
// resources/seed/roadmap.<language>.json ("format": "career-workbench-roadmap-translation"),
// giving the name and description of every stage, category, specialisation and skill by key.
// Adding a language (Spanish: roadmap.es.json) needs no code.
class RoadmapTranslation
{
public:
    static constexpr int FormatVersion = 1;

    // Replaces the texts of *T with the translation in JSON. The translation must cover every
    // key of T and name no key T lacks; otherwise *T is left as it was and *error says which.
    static bool apply(RoadmapTemplate *t, const QByteArray &json, QString *error);

    // Languages the built-in roadmap comes in ("en" first, then each translation file).
    static QStringList builtInLanguages();

    // The resource holding the translation for LANGUAGE ("de"), whether or not it exists.
    static QString resourceFor(const QString &language);

    // "de" for German locales, "en" for English, C and any language without a translation.
    static QString languageFor(const QLocale &locale);
};
