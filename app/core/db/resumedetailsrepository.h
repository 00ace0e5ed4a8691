#pragma once

#include "domain/postaladdress.h"
#include "writeresult.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// What a resume carries beside the areas' own rows (schema 6): the postal address,
// how precisely dates were given, and a skill's resume wording (level text, keywords). Writes
// run in the caller's transaction.
class ResumeDetailsRepository
{
public:
    // The rows whose dates have a precision column.
    enum class Dated { Work, Education, Project, Certification };
    // The precision (PartialDate::Precision) of a row's start and end date. A certification has
    // one date (earned_on), kept in end.
    struct Precision
    {
        int start = 3;
        int end = 3;
    };
    // A skill as a resume words it.
    struct Wording
    {
        QString levelText;
        QStringList keywords;
        bool operator==(const Wording &o) const
        {
            return levelText == o.levelText && keywords == o.keywords;
        }
    };

    explicit ResumeDetailsRepository(QSqlDatabase db);

    std::optional<PostalAddress> address(QString *error) const;
    WriteResult setAddress(const PostalAddress &address);

    // Every row's precision, by id (rows of full dates included).
    std::optional<QHash<qint64, Precision>> precisions(Dated table, QString *error) const;
    WriteResult setPrecision(Dated table, qint64 id, Precision precision);

    std::optional<QHash<qint64, Wording>> wordings(QString *error) const;
    // An empty wording removes the row.
    WriteResult setWording(qint64 skillId, const Wording &wording);

private:
    QSqlDatabase m_db;
};
