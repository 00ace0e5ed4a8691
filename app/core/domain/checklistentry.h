#pragma once

#include "scanevidence.h"

#include <QList>
#include <QString>

#include <optional>

// One readiness item of one project as stored (tables `project_practices` and
// `project_practice_evidence`): the user's own tick beside the last scan's verdict.
struct ChecklistEntry
{
    QString id; // a ReadinessItem id
    bool ticked = false; // ticked by hand
    std::optional<bool> scanned; // the last scan's verdict; none: not scanned
    QList<ScanEvidence> evidence; // what the scan found, and where
};
