#pragma once

#include "domain/certification.h"

#include <QByteArray>
#include <QDate>
#include <QList>
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
        QString notes;
    };

    QDate writtenOn;
    QString note;
    QList<Entry> entries;

    static std::optional<CertificationCatalogue> parse(const QByteArray &json, QString *error);
    static CertificationCatalogue builtIn();

    // A new certification with the entry's values (status "considering"); the caller adds it as
    // a new row, so the user's existing rows are never touched.
    Certification toCertification(const Entry &entry) const;
    // The roadmap's names for the entry's skill keys (the skills table has no key column).
    static QStringList skillNames(const Entry &entry, const RoadmapTemplate &roadmap);
};
