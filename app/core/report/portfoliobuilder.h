#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reportoptions.h"

#include <QCoreApplication>

// Builds the portfolio summary: a cover with the profile, the skills matrix with the radar
// chart and roadmap progress, one section per project, certifications with the ROI table,
// and interview readiness with the trend chart. Projects and skills are ordered by relevance
// to the target role.
class PortfolioBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioBuilder)
public:
    static ReportDocument build(const ReportData &data, const ReportOptions &options);

    // The chart ids a ReportChartPainter is asked for.
    static constexpr QLatin1StringView SkillsRadar {"skills.radar"};
    static constexpr QLatin1StringView InterviewTrend {"interviews.trend"};

    // The header every document shares: name, headline, contact line and links.
    static void fillHeader(ReportDocument &doc, const ReportData &data);
    // Skills the options admit, most relevant first, then by level.
    static QList<const Skill *> chosenSkills(const ReportData &data, const ReportOptions &options);
    static QList<const ReportData::Project *> chosenProjects(const ReportData &data,
                                                             const ReportOptions &options);
    static QList<const Certification *> chosenCertifications(const ReportData &data,
                                                             const ReportOptions &options);

private:
    static ReportSection skillsSection(const ReportData &data, const ReportOptions &options);
    static ReportSection roadmapSection(const ReportData &data, const ReportOptions &options);
    static ReportSection projectsSection(const ReportData &data, const ReportOptions &options);
    static ReportSection certificationsSection(const ReportData &data,
                                               const ReportOptions &options);
    static ReportSection interviewsSection(const ReportData &data, const ReportOptions &options);
};
