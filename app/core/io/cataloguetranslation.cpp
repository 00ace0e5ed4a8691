#include "cataloguetranslation.h"

#include "io/certificationcatalogue.h"
#include "io/seedtranslation.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

static const auto FormatName = "career-workbench-catalogue-translation"_L1;
static const auto BaseName = u"certification-catalogue"_s;

bool CatalogueTranslation::apply(CertificationCatalogue *catalogue, const QByteArray &json,
                                 QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<QJsonObject> parsed
        = SeedTranslation::root(json, FormatName, FormatVersion, error);
    if (!parsed)
        return false;
    const QJsonObject &root = *parsed;
    CertificationCatalogue out = *catalogue;
    const auto text = [&](const QString &english, QLatin1StringView field, QString *translated) {
        *translated = root.value(field).toString().trimmed();
        return english.isEmpty() == translated->isEmpty();
    };
    if (!text(catalogue->note, "note"_L1, &out.note))
        return fail(u"note: is missing"_s);
    if (!text(catalogue->upliftNote, "salary_uplift_note"_L1, &out.upliftNote))
        return fail(u"salary_uplift_note: is missing"_s);
    const QJsonObject entries = root.value("certifications"_L1).toObject();
    QSet<QString> known;
    for (CertificationCatalogue::Entry &e : out.entries) {
        known.insert(e.key);
        const QString notes
            = entries.value(e.key).toObject().value("notes"_L1).toString().trimmed();
        if (notes.isEmpty() != e.notes.isEmpty())
            return fail(u"certifications.%1: the notes are missing"_s.arg(e.key));
        e.notes = notes;
    }
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"certifications.%1: the catalogue has no such key"_s.arg(it.key()));
    }
    *catalogue = out;
    return true;
}

QStringList CatalogueTranslation::builtInLanguages()
{
    return SeedTranslation::builtInLanguages(BaseName);
}

QString CatalogueTranslation::resourceFor(const QString &language)
{
    return SeedTranslation::resourceFor(BaseName, language);
}

QString CatalogueTranslation::languageFor(const QLocale &locale)
{
    return SeedTranslation::languageFor(BaseName, locale);
}
