#pragma once

#include "jobpostingentry.h"
#include "validation.h"

#include <QCoreApplication>

// The rules a kept job posting must meet. Fields: "title", "company", "content".
// A JSON posting's content must also be a job file JobPosting::fromJson reads; that is checked
// where the file is read (its error names the line and column).
class JobPostingValidator
{
    Q_DECLARE_TR_FUNCTIONS(JobPostingValidator)
public:
    static Problems validate(const JobPostingEntry &posting);
};
