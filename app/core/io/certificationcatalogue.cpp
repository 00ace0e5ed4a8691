#include "certificationcatalogue.h"

#include "domain/profilevalidator.h"
#include "domain/roadmaptemplate.h"
#include "io/cataloguetranslation.h"
#include "io/roadmaptemplatejson.h"
#include "io/roadmaptranslation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
bool readMoney(const QJsonObject &o, QLatin1StringView field, double *out, QString *error,
               const QString &where)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined()) {
        *out = 0;
        return true;
    }
    if (!v.isDouble() || v.toDouble() < 0) {
        if (error)
            *error = u"%1.%2: expected a number of at least 0"_s.arg(where, field);
        return false;
    }
    *out = v.toDouble();
    return true;
}
} // namespace

std::optional<CertificationCatalogue> CertificationCatalogue::parse(const QByteArray &json,
                                                                    QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = u"offset %1: %2"_s.arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "career-workbench-certification-catalogue"_L1) {
        if (error)
            *error = u"format: not a certification catalogue"_s;
        return std::nullopt;
    }
    if (root.value("version"_L1).toInt() > FormatVersion) {
        if (error)
            *error = u"version: written by a newer Career Workbench"_s;
        return std::nullopt;
    }
    CertificationCatalogue cat;
    cat.writtenOn = QDate::fromString(root.value("written_on"_L1).toString(), Qt::ISODate);
    cat.note = root.value("note"_L1).toString();
    const QJsonObject uplift = root.value("salary_uplift"_L1).toObject();
    cat.upliftWrittenOn = QDate::fromString(uplift.value("written_on"_L1).toString(), Qt::ISODate);
    cat.upliftNote = uplift.value("note"_L1).toString();
    for (const QJsonValue &v : uplift.value("sources"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        cat.upliftSources << Source {o.value("title"_L1).toString(),
                                     o.value("publisher"_L1).toString(),
                                     o.value("url"_L1).toString()};
    }
    const QJsonArray list = root.value("certifications"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = u"certifications[%1]"_s.arg(i);
        Entry e;
        e.key = o.value("key"_L1).toString();
        e.name = o.value("name"_L1).toString();
        if (e.key.isEmpty() || e.name.isEmpty()) {
            if (error)
                *error = u"%1: key and name are required"_s.arg(where);
            return std::nullopt;
        }
        e.issuer = o.value("issuer"_L1).toString();
        e.url = o.value("url"_L1).toString();
        e.currency = o.value("currency"_L1).toString().toUpper();
        // Empty: the profile's currency; otherwise the one currency rule (ProfileValidator).
        if (!e.currency.isEmpty() && !ProfileValidator::currencyProblem(e.currency).isEmpty()) {
            if (error)
                *error = u"%1.currency: expected a three-letter ISO code"_s.arg(where);
            return std::nullopt;
        }
        double period = 0;
        if (!readMoney(o, "exam_cost"_L1, &e.examCost, error, where)
            || !readMoney(o, "typical_materials_cost"_L1, &e.materialsCost, error, where)
            || !readMoney(o, "typical_study_hours"_L1, &e.studyHours, error, where)
            || !readMoney(o, "renewal_cost"_L1, &e.renewalCost, error, where)
            || !readMoney(o, "renewal_period_months"_L1, &period, error, where))
            return std::nullopt;
        e.renewalPeriodMonths = int(period);
        for (const QJsonValue &s : o.value("skills"_L1).toArray())
            e.skillKeys.append(s.toString());
        if (o.contains("salary_uplift_percent"_L1)) {
            const QJsonObject u = o.value("salary_uplift_percent"_L1).toObject();
            UpliftRange range;
            if (!readMoney(u, "low"_L1, &range.low, error, where)
                || !readMoney(u, "likely"_L1, &range.likely, error, where)
                || !readMoney(u, "high"_L1, &range.high, error, where))
                return std::nullopt;
            if (!(range.low <= range.likely && range.likely <= range.high)) {
                if (error)
                    *error
                        = u"%1.salary_uplift_percent: expected low <= likely <= high"_s.arg(where);
                return std::nullopt;
            }
            if (!cat.upliftWrittenOn.isValid() || cat.upliftSources.isEmpty()) {
                if (error)
                    *error = u"salary_uplift: estimates need a date and their sources"_s;
                return std::nullopt;
            }
            e.uplift = range;
        }
        e.notes = o.value("notes"_L1).toString();
        cat.entries.append(e);
    }
    return cat;
}

CertificationCatalogue CertificationCatalogue::builtIn(const QLocale &locale)
{
    QFile f(u":/seed/certification-catalogue.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString error;
    CertificationCatalogue cat = parse(f.readAll(), &error).value_or(CertificationCatalogue());
    const QString language = CatalogueTranslation::languageFor(locale);
    if (language == u"en"_s)
        return cat;
    QFile translation(CatalogueTranslation::resourceFor(language));
    // tst_cataloguetranslation holds every shipped translation complete; should one still fail,
    // the notes come in English rather than not at all.
    if (!translation.open(QIODevice::ReadOnly)
        || !CatalogueTranslation::apply(&cat, translation.readAll(), &error))
        qWarning("The catalogue's %s translation cannot be used: %s", qPrintable(language),
                 qPrintable(error));
    return cat;
}

Certification CertificationCatalogue::toCertification(const Entry &entry, Estimate estimate) const
{
    Certification c;
    c.name = entry.name;
    c.issuer = entry.issuer;
    c.url = entry.url;
    c.currency = entry.currency;
    c.examCost = entry.examCost;
    c.materialsCost = entry.materialsCost;
    c.plannedHours = entry.studyHours;
    c.renewalCost = entry.renewalCost;
    c.renewalPeriodMonths = entry.renewalPeriodMonths;
    c.notes = entry.notes;
    c.catalogueKey = entry.key;
    if (entry.uplift && estimate != Estimate::None) {
        const QLocale locale;
        c.upliftPercent = entry.uplift->value(estimate);
        const QString which = estimate == Estimate::Low ? QObject::tr("low", "salary-gain estimate")
            : estimate == Estimate::High ? QObject::tr("high", "salary-gain estimate")
                                         : QObject::tr("likely", "salary-gain estimate");
        //: %1 low/likely/high, %2 the percentage picked, %3 and %4 the range, %5 a date
        const QString line
            = QObject::tr("Expected gain: the catalogue's %1 estimate, %2 % of salary (range %3 "
                          "to %4 %), made on %5. An estimate, not a promise: replace it with "
                          "what you know.")
                  .arg(which, locale.toString(c.upliftPercent.value_or(0)),
                       locale.toString(entry.uplift->low), locale.toString(entry.uplift->high),
                       locale.toString(upliftWrittenOn, QLocale::LongFormat));
        c.notes = c.notes.isEmpty() ? line : c.notes + u"\n\n"_s + line;
    }
    return c;
}

QStringList CertificationCatalogue::skillNames(const Entry &entry, const RoadmapTemplate &roadmap)
{
    // The workbench may have been created in another language than ROADMAP's: its skills
    // carry the names of that language, so every shipped language's name is offered.
    QList<RoadmapTemplate> roadmaps {roadmap};
    for (const QString &language : RoadmapTranslation::builtInLanguages())
        roadmaps << RoadmapTemplateJson::builtIn(QLocale(language));
    QStringList names;
    for (const QString &key : entry.skillKeys) {
        for (const RoadmapTemplate &r : std::as_const(roadmaps)) {
            for (const RoadmapTemplate::Skill &s : r.skills) {
                if (s.key == key && !names.contains(s.name)) {
                    names.append(s.name);
                    break;
                }
            }
        }
    }
    return names;
}
