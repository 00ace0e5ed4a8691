#pragma once

#include "report/reportdata.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class ImageDecoder;

// Everything a report shows, gathered from the area repositories (profile, roadmap,
// certifications, projects, interviews, work history, education, languages) and the
// calculators (readiness score, interview readiness) into one snapshot. It has no SQL of its
// own and never writes.
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db);

    // Everything a report shows, read in one read transaction (a consistent snapshot).
    std::optional<ReportData> load(QString *error) const;

private:
    bool loadLinks(ReportData &data, QString *error) const;
    // A project's picture, decoded while the rest is read.
    struct PendingImage
    {
        qsizetype project;
        QString caption;
        QByteArray file;
        int handle; // in the ImageDecoder
    };
    bool loadProjects(ReportData &data, ImageDecoder &decoder, QList<PendingImage> &images,
                      QString *error) const;
    bool loadInterviews(ReportData &data, QString *error) const;
    bool loadWork(ReportData &data, QString *error) const;
    bool loadEducation(ReportData &data, QString *error) const;
    bool loadLanguages(ReportData &data, QString *error) const;

    QSqlDatabase m_db;
};
