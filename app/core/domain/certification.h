#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One certification the user considers, studies for or holds (table `certifications`), with
// the skills it covers and the study hours logged against it.
struct Certification
{
    enum class Status { Considering, Planned, Studying, Earned, Expired, Abandoned };

    qint64 id = 0;
    QString name;
    QString issuer;
    QString url;
    QString credentialId;
    Status status = Status::Considering;
    QString currency; // ISO 4217; empty = the profile's currency
    double examCost = 0;
    double materialsCost = 0;
    double otherCost = 0;
    double renewalCost = 0;
    int renewalPeriodMonths = 0; // 0 = never renewed
    double plannedHours = 0;
    QDate startedOn; // a null QDate = not set
    QDate examOn;
    QDate earnedOn;
    QDate expiresOn;
    // Expected salary gain a year: an amount, or a percentage of the current salary.
    std::optional<double> upliftAmount;
    std::optional<double> upliftPercent;
    QString notes;
    QString catalogueKey;
    int position = 0;

    QList<qint64> skillIds; // certification_skills, sorted
    double loggedHours = 0; // read-only: minutes in study_sessions / 60

    static QString statusKey(Status status);
    // The user's word for STATUS ("Considering", "Earned" ...), in the table, editor, filter
    // and reports alike.
    static QString statusName(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QList<Status> allStatuses();

    // An earned certification past its expiry date reads as expired; the stored status is
    // left as it is until the user edits it.
    Status effectiveStatus(const QDate &today) const;
    bool isExpiredOn(const QDate &today) const;
    // Hours the ROI counts: the plan until the logged hours exceed it.
    double studyHours() const { return loggedHours > plannedHours ? loggedHours : plannedHours; }
    double cashCost() const { return examCost + materialsCost + otherCost; }
};
