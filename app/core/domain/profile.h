#pragma once

#include <QString>

// The person whose workbench this is (one row).
struct Profile
{
    QString name;
    QString headline;
    QString email;
    QString phone;
    QString website;
    QString location;
    QString summary;
    double currentSalary = 0;
    QString currency = QStringLiteral("USD");
    QString targetRole;
};
