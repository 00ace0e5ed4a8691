#pragma once

#include "educationentry.h"
#include "languageentry.h"
#include "postaladdress.h"
#include "profilelink.h"
#include "validation.h"
#include "workentry.h"

#include <QCoreApplication>

// The rules resume material must meet, wherever it comes from (the Profile page, a JSON Resume
// import, a backup). Field names are the domain fields': "employer", "endedOn", "url" ...
class ResumeValidator
{
    Q_DECLARE_TR_FUNCTIONS(ResumeValidator)
public:
    static Problems validate(const WorkEntry &entry);
    static Problems validate(const EducationEntry &entry);
    static Problems validate(const LanguageEntry &entry);
    // Fields "network", "url".
    static Problems validate(const ProfileLink &link);
    // Field "countryCode": empty, or two letters (ISO 3166-1 alpha-2, e.g. "DE"), as JSON Resume
    // has it.
    static Problems validate(const PostalAddress &address);

    // Empty when URL is empty or an http(s) address, else the problem.
    static QString urlProblem(const QString &url);
};
