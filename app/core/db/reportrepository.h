#pragma once

#include "report/reportdata.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The read-only queries the reports need and no area repository offers yet: projects with
// their metrics, stack and practices, interview sessions, work history, education and the
// profile's links. It reads; it never writes. When the Projects (#10), Interviews (#11) and
// resume-material (#8) repositories land, load() should call them instead of its own SQL.
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db);

    // Everything a report shows, read in one read transaction (a consistent snapshot).
    std::optional<ReportData> load(QString *error) const;

private:
    bool loadLinks(ReportData &data, QString *error) const;
    bool loadProjects(ReportData &data, QString *error) const;
    bool loadInterviews(ReportData &data, QString *error) const;
    bool loadWork(ReportData &data, QString *error) const;
    bool loadEducation(ReportData &data, QString *error) const;
    bool loadLanguages(ReportData &data, QString *error) const;

    QSqlDatabase m_db;
};
