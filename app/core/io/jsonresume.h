#pragma once

#include "domain/languageentry.h"
#include "domain/partialdate.h"
#include "domain/postaladdress.h"
#include "domain/profile.h"
#include "domain/profilelink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A JSON Resume document (schema v1.2.1, https://jsonresume.org/schema) as far as the
// workbench models it: read from and written to the file format, nothing about the database.
// Fields the workbench does not keep are listed in `notes` when reading, never an error.
class JsonResume
{
    Q_DECLARE_TR_FUNCTIONS(JsonResume)

public:
    static constexpr qsizetype MaxFileBytes = 8 * 1024 * 1024;
    static constexpr qsizetype MaxEntries = 10000; // per section and per list

    struct Basics
    {
        // Which keys the file gave: a key that is absent leaves the workbench's value alone.
        QStringList given;
        Profile profile; // name, headline (label), email, phone, website (url), summary
        PostalAddress location;
        bool hasLocation = false;
        QList<ProfileLink> profiles;
    };
    struct Work
    {
        QString name; // the employer
        QString position;
        QString location;
        QString url;
        PartialDate startDate;
        PartialDate endDate;
        QString summary;
        QStringList highlights;
    };
    struct Education
    {
        QString institution;
        QString url;
        QString area;
        QString studyType;
        PartialDate startDate;
        PartialDate endDate;
        QString score;
        QStringList courses;
    };
    struct Skill
    {
        QString name;
        QString level; // free text
        QStringList keywords;
    };
    struct Project
    {
        QString name;
        QString description;
        QStringList highlights;
        QStringList keywords;
        PartialDate startDate;
        PartialDate endDate;
        QString url;
        QStringList roles;
    };
    struct Certificate
    {
        QString name;
        PartialDate date;
        QString url;
        QString issuer;
    };

    // Where and why a file was refused: LINE and COLUMN (1-based) for JSON syntax errors,
    // PATH ("work[2].startDate") for a value of the wrong type or form.
    struct Error
    {
        int line = 0;
        int column = 0;
        QString path;
        QString reason;
        QString text() const; // "line 3, column 7: reason" or "work[2].startDate: reason"
    };

    Basics basics;
    QList<Work> work;
    QList<Education> education;
    QList<Skill> skills;
    QList<Project> projects;
    QList<Certificate> certificates;
    QList<LanguageEntry> languages;
    // Read only: what the file has that the workbench does not keep ("volunteer",
    // "work[].description"), one entry per field, in file order.
    QStringList notes;

    // Parses DATA; nullopt with *ERROR when it is not JSON, not an object, too large, or a
    // modelled field has the wrong type or an invalid date.
    static std::optional<JsonResume> parse(const QByteArray &data, Error *error);
    // The document as indented UTF-8 JSON; fields with no value are left out.
    QByteArray serialize() const;

    // Line and column (1-based, column in characters) of byte OFFSET of UTF-8 DATA.
    static void lineAndColumn(const QByteArray &data, qsizetype offset, int *line, int *column);
};
