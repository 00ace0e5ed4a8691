#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QMap>

// Builds the resume: one column, standard headings (Summary, Skills, Projects, Experience,
// Education, Certifications, Languages), real text only. Every entry carries its relevance
// to the target role; ReportRenderer drops the least relevant ones until it fits two pages.
// Projects and skills are listed most relevant first; experience and education stay in the
// user's (chronological) order, as recruiters read them.
class ResumeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ResumeBuilder)
public:
    static constexpr int MaxPages = 2;

    static ReportDocument build(const ReportData &data, const ReportOptions &options);
    // How many names of one section's dropped entries the note gives before "and 5 others".
    static constexpr int NamesInNote = 3;
    static constexpr int MaxNameLengthInNote = 40;
    // "Left out to fit two pages, least relevant to the target role first: 2 projects (Faces,
    // Churn model), 9 skills (Java, C++, Linear algebra and 6 others)." from the titles of the
    // entries dropped per section key, least relevant first.
    static QString omittedNote(const QMap<QString, QStringList> &dropped, bool hasRole);
};
