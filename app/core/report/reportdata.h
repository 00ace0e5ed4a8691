#pragma once

#include "calc/interviewreadiness.h"
#include "domain/certification.h"
#include "domain/profile.h"
#include "domain/roadmap.h"
#include "domain/roiassumptions.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Everything a report reads from a workbench, read once (ReportRepository::load) and then
// used without the database: builders and the chart painter work on this snapshot, so an
// export can run on another thread or after the file was closed.
struct ReportData
{
    struct Link
    {
        QString network;
        QString username;
        QString url;
    };

    struct Image
    {
        QString caption;
        QImage image;
        QByteArray file; // the file IMAGE was decoded from (a PDF can hold it as it is)
    };

    struct Metric
    {
        QString name;
        std::optional<double> baseline;
        double achieved = 0;
        QString unit;
        bool higherIsBetter = true;
    };

    struct Project
    {
        qint64 id = 0;
        QString name;
        QString pitch;
        QString problem;
        QString approach;
        QString role;
        QString status; // schema key: idea, in_progress, done, archived
        QDate startedOn;
        QDate finishedOn;
        QString repositoryUrl;
        QString demoUrl;
        QString targetIndustry;
        QStringList stack; // names of the linked skills, in roadmap order
        QList<Metric> metrics;
        QStringList highlights; // the user's own result lines, one a line, in their order
        bool featured = false;
        // 0..100 (calc/readinessscore: ticks, the last scan and the project's own data).
        std::optional<int> readiness;
        QList<Image> images; // diagrams and screenshots, in the user's order
    };

    struct InterviewSession
    {
        QDate occurredOn;
        QString kind; // mock, real
        QString format;
        QString company;
        QString role;
        int selfScore = 0;
        std::optional<int> interviewerScore;
    };

    struct Job
    {
        QString employer;
        QString position;
        QString location;
        QString url;
        QDate startedOn;
        QDate endedOn; // null = current
        QString summary;
        QStringList highlights;
    };

    struct Study
    {
        QString institution;
        QString area;
        QString studyType;
        QString url;
        QDate startedOn;
        QDate endedOn;
        QString score;
        QStringList courses;
    };

    Profile profile;
    QList<Link> links;
    Roadmap roadmap;
    QList<Certification> certifications;
    RoiAssumptions roi;
    QList<Project> projects;
    QList<InterviewSession> interviews; // oldest first
    // Per format: the recent average against the target score (calc/interviewreadiness).
    QList<InterviewReadiness::FormatReadiness> interviewReadiness;
    double interviewTarget = InterviewReadiness::DefaultTargetScore;
    QList<Job> work;
    QList<Study> education;
    QStringList languages; // "German (B2)", in resume order
    QDate today;
};
