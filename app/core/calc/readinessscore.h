#pragma once

#include "domain/checklistentry.h"
#include "domain/project.h"

#include <QList>
#include <QString>

// The readiness score of a project, 0-100, item by item (weights in ReadinessItem).
// An item passes when the user ticked it, when the last scan passed it, or, for `results` and
// `target`, when the project's own data shows it (a metric; a target industry or company).
namespace ReadinessScore {

enum class Source { None, Manual, Scan, ProjectData };

struct ItemResult
{
    QString id;
    bool passed = false;
    Source source = Source::None; // why it passed (None when it did not)
    int weight = 0;
};

struct Result
{
    int score = 0; // 0-100
    QList<ItemResult> items; // every ReadinessItem id, in checklist order
    QStringList missing() const; // ids of the items that did not pass
};

// ENTRIES may be partial or empty; ids it lacks count as neither ticked nor scanned.
Result evaluate(const Project &project, const QList<ChecklistEntry> &entries);
// The score of a set of passed ids (the command line's scan, where there is no project).
int scoreOf(const QStringList &passedIds);

} // namespace ReadinessScore
