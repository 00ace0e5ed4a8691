#pragma once

#include "profile.h"
#include "validation.h"

#include <QCoreApplication>

// The rules a profile must meet, wherever it comes from (Preferences, an importer, a backup).
// Fields: "currency", "currentSalary", "email".
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
public:
    static Problems validate(const Profile &profile);
    // The one currency rule: three upper-case letters (ISO 4217), e.g. "USD".
    static QString currencyProblem(const QString &code);
};
