#pragma once

#include "projectmetric.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A portfolio project (table `projects`): its story, its measured results and the roadmap
// skills it demonstrates. Images and the readiness checklist are read separately
// (ProjectRepository::images(), ProjectRepository::checklist()).
struct Project
{
    enum class Status { Idea, InProgress, Done, Archived };

    qint64 id = 0;
    QString name; // the title
    QString pitch; // one line
    QString problem;
    QString targetIndustry;
    QString targetCompany;
    QString approach;
    QString architectureNotes; // architecture and data flow
    QString dataset;
    QString role; // the user's role(s)
    Status status = Status::Idea;
    QDate startedOn; // a null QDate = not set
    QDate finishedOn;
    QString repositoryUrl;
    QString demoUrl;
    QString highlights; // free text, one highlight per line
    bool featured = false;
    int position = 0;

    QList<ProjectMetric> metrics; // in display order
    QList<qint64> skillIds; // project_skills, sorted: evidence on the Skills page

    // Set by a repository scan; empty / null when never scanned.
    QString scanPath;
    QDateTime scannedAt;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QList<Status> allStatuses();
    // The status as the user reads it, translated.
    static QString statusName(Status status);

    // True when the problem is tied to a target industry or company (readiness item `target`).
    bool hasTarget() const
    {
        return !targetIndustry.trimmed().isEmpty() || !targetCompany.trimmed().isEmpty();
    }
};
