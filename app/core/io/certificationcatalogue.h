#pragma once

#include "domain/certification.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

struct RoadmapTemplate;

// The built-in list of common AI, ML and cloud certifications to start from
// (resources/seed/certification-catalogue.json, "format": "career-workbench-certification-
// catalogue"). Its costs and hours are estimates written down on writtenOn.
class CertificationCatalogue
{
public:
    static constexpr int FormatVersion = 1;

    // Expected salary gain, as a percentage of the current salary a year. These are the
    // catalogue's own estimates (dated, with the sources they were judged from named in the
    // data file), never facts; the user picks one or enters their own.
    enum class Estimate { None, Low, Likely, High };
    struct UpliftRange
    {
        double low = 0;
        double likely = 0;
        double high = 0;
        double value(Estimate e) const
        {
            return e == Estimate::Low ? low : e == Estimate::High ? high : likely;
        }
    };
    struct Source
    {
        QString title;
        QString publisher;
        QString url;
    };

    struct Entry
    {
        QString key;
        QString name;
        QString issuer;
        QString url;
        QString currency;
        double examCost = 0;
        double materialsCost = 0;
        double studyHours = 0;
        double renewalCost = 0;
        int renewalPeriodMonths = 0;
        QStringList skillKeys; // roadmap skill keys
        std::optional<UpliftRange> uplift; // estimated salary gain in percent
        QString notes;
    };

    QDate writtenOn;
    QString note;
    QDate upliftWrittenOn; // when the uplift estimates were made
    QString upliftNote; // how they were made and what they assume
    QList<Source> upliftSources;
    QList<Entry> entries;

    static std::optional<CertificationCatalogue> parse(const QByteArray &json, QString *error);
    // The built-in catalogue, its notes in LOCALE's language where it comes in that language
    // (CatalogueTranslation), in English otherwise.
    static CertificationCatalogue builtIn(const QLocale &locale = QLocale());

    // A new certification with the entry's values (status "considering"); the caller adds it as
    // a new row, so the user's existing rows are never touched. With an ESTIMATE picked, its
    // expected gain is that estimate, and its notes say it is one and from when.
    Certification toCertification(const Entry &entry, Estimate estimate = Estimate::None) const;
    // The names of the entry's skill keys in ROADMAP and in every language the built-in
    // roadmap comes in (the skills table has no key column).
    static QStringList skillNames(const Entry &entry, const RoadmapTemplate &roadmap);
};
