#pragma once

#include "calc/jobmatcher.h"
#include "common/areastore.h"
#include "db/jobroadmapadditions.h"
#include "domain/jobapplication.h"
#include "domain/jobpostingentry.h"
#include "domain/roadmap.h"

#include <QList>

#include <optional>

// The Job Match area's store: kept postings, and the two things a posting changes elsewhere
// (the Resume's target role, skills added or raised for it). Each write is one transaction
// (AreaStore::write) made by an undo command; the page reads through the other methods.
class JobStore : public AreaStore
{
    Q_OBJECT
public:
    // Where the Reports page keeps its choices (ReportsPage, core/report/reportoptions.h).
    static const QString ReportChoicesKey;

    explicit JobStore(const WorkbenchContext &context, QObject *parent = nullptr);

    // --- Reads (nullopt and failed() when they cannot be read) ---
    std::optional<QList<JobPostingEntry>> postings();
    std::optional<QList<JobApplication>> applications();
    // Every skill as matching sees it: level, aliases and evidence, in five queries.
    std::optional<QList<SkillProfile>> skillProfiles();
    std::optional<Roadmap> roadmap();
    // The Reports page's stored choices (JSON; empty when never set); nullopt, reported
    // (failed()), when they cannot be read.
    std::optional<QString> reportChoices();

    // --- Called by undo commands only ---
    // Adds P (P.id != 0 restores that id); the result carries the id.
    WriteResult add(const JobPostingEntry &p);
    WriteResult update(const JobPostingEntry &p);
    WriteResult remove(qint64 id);
    WriteResult setReportChoices(const QString &json);
    WriteResult applyRoadmapPlan(JobRoadmapAdditions::Plan *plan);
    WriteResult revertRoadmapPlan(const JobRoadmapAdditions::Plan &plan);

signals:
    // Posting ID was added, changed or removed.
    void postingChanged(qint64 id);
    // Skills were added or changed for a posting (or that was taken back).
    void roadmapChanged();
};
