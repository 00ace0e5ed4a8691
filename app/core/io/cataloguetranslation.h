#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

class CertificationCatalogue;

// The certification catalogue is data, so its translations are data too, as the roadmap's are:
// resources/seed/certification-catalogue.<language>.json ("format": "career-workbench-catalogue-
// translation") gives the catalogue's note, the note on its salary estimates and each entry's
// notes, by entry key. Certification names, issuers and the sources' titles are names and stay
// as they are. Adding a language needs no code.
class CatalogueTranslation
{
public:
    static constexpr int FormatVersion = 1;

    // Replaces the texts of *CATALOGUE with those in JSON. The translation must give every entry
    // with notes its notes, and name no key the catalogue lacks; otherwise *CATALOGUE is left as
    // it was and *ERROR says which.
    static bool apply(CertificationCatalogue *catalogue, const QByteArray &json, QString *error);

    // Languages the catalogue comes in ("en" first, then each translation file).
    static QStringList builtInLanguages();
    // The resource holding the translation for LANGUAGE ("es"), whether or not it exists.
    static QString resourceFor(const QString &language);
    // "es" for Spanish locales, "en" for English, C and any language without a translation.
    static QString languageFor(const QLocale &locale);
};
